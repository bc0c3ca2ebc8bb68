public import Foundation

extension GenerationHistory {
    /// Copies a completed task's outputs into `folder` under download names
    /// (`<SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>`, dated by the task's start).
    ///
    /// All or nothing: every output is first copied to a hidden temporary file in `folder` and checked against
    /// the SHA-256 recorded at completion; only when all match do they take their names, each the first free
    /// `_n` (a rename that never replaces). A name that already holds exactly the output's bytes, from an
    /// earlier download of the task, is kept as it is. When anything fails, nothing is left in `folder`.
    /// - Returns: The files, in output order.
    /// - Throws: ``AccountError/unknownTask(_:)``, ``AccountError/nothingToDownload(task:status:)``,
    ///   ``AccountError/unreadableOutput(path:)``, ``AccountError/outputNotAFile(path:kind:)``,
    ///   ``AccountError/outputChanged(path:)``, ``AccountError/cannotWrite(path:code:)``.
    public func download(_ taskID: Int64, of email: String, to folder: URL) throws -> [DownloadedFile] {
        let task = try task(taskID, of: email)
        guard task.status == .completed else { throw AccountError.nothingToDownload(task: taskID, status: task.status) }
        let target = try DownloadFolder(folder)
        target.removeAbandonedTemporaryFiles()
        var copies: [URL] = []
        var placed: [URL] = []
        do {
            for output in task.outputs { copies.append(try copy(output, into: target)) }
            var taken: Set<String> = []
            return try zip(task.outputs, copies).map { output, copy in
                let name = DownloadName(
                    sku: task.sku,
                    date: task.started,
                    useCase: task.useCase,
                    pathExtension: URL(fileURLWithPath: output.path).pathExtension
                )
                let file = try place(copy, of: output, as: name, in: target, skipping: &taken)
                if !file.wasPresent { placed.append(file.url) }
                return file
            }
        } catch {
            for file in copies + placed { unlink(file.path) }
            throw error
        }
    }

    /// Copies `output` to a temporary file in `folder`, checking its SHA-256 on the way.
    private func copy(_ output: GenerationOutput, into folder: DownloadFolder) throws -> URL {
        let source: FileHandle
        do {
            source = try RegularFile.openForReading(output.path)
        } catch let error as NotARegularFile {
            throw AccountError.outputNotAFile(path: output.path, kind: error.kind)
        } catch {
            throw AccountError.unreadableOutput(path: output.path)
        }
        defer { try? source.close() }
        let (temporary, handle) = try folder.makeTemporaryFile()
        do {
            defer { try? handle.close() }
            var hash = SHA256()
            while let chunk = try source.read(upToCount: 1 << 20), !chunk.isEmpty {
                hash.update(chunk)
                try handle.write(contentsOf: chunk)
            }
            try handle.synchronize()
            guard hash.finalize() == output.sha256 else { throw AccountError.outputChanged(path: output.path) }
            return temporary
        } catch {
            unlink(temporary.path)
            throw error as? AccountError ?? AccountError.cannotWrite(path: temporary.path, code: error.posixCode)
        }
    }

    /// Gives the checked copy of `output` its download name: the first candidate that is free, or that already
    /// holds the same bytes (and was not matched earlier in this download).
    private func place(
        _ copy: URL,
        of output: GenerationOutput,
        as name: DownloadName,
        in folder: DownloadFolder,
        skipping taken: inout Set<String>
    ) throws -> DownloadedFile {
        for n in 1... {
            let candidate = name.candidate(n)
            guard !taken.contains(candidate) else { continue }
            let destination = folder.url.appendingPathComponent(candidate)
            if Self.holds(output, at: destination) {
                unlink(copy.path)
                taken.insert(candidate)
                return DownloadedFile(url: destination, wasPresent: true)
            }
            if try folder.place(copy, as: candidate) {
                taken.insert(candidate)
                return DownloadedFile(url: destination, wasPresent: false)
            }
        }
        preconditionFailure("unreachable: the candidate numbers never run out")
    }

    /// Whether the regular file at `url` has exactly the bytes of `output`.
    private static func holds(_ output: GenerationOutput, at url: URL) -> Bool {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber,
            size.int64Value == output.bytes
        else { return false }
        return (try? SHA256.hex(ofFileAt: url))?.digest == output.sha256
    }
}
