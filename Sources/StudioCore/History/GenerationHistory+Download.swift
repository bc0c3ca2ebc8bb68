public import Foundation

extension GenerationHistory {
    /// Copies a task's outputs into `folder` under download names (`<SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>`,
    /// dated by the task's start), never overwriting: each file takes the next free `_n`.
    ///
    /// Names are claimed with an exclusive create (`O_EXCL`), so two downloads into one folder never
    /// share a name. Each copy is checked against the SHA-256 recorded at completion.
    /// - Returns: The files written, in output order.
    /// - Throws: ``LedgerError/unknownTask(_:)``, ``LedgerError/unreadableOutput(path:)``,
    ///   ``LedgerError/outputChanged(path:)`` (the partial copy is removed), ``LedgerError/cannotWrite(path:reason:)``.
    public func download(_ taskID: Int64, of email: String, to folder: URL) throws -> [URL] {
        let task = try task(taskID, of: email)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw LedgerError.cannotWrite(path: folder.path, reason: "cannot create the folder")
        }
        return try task.outputs.map { output in
            let name = DownloadName(
                sku: task.sku,
                date: task.started,
                useCase: task.useCase,
                pathExtension: URL(fileURLWithPath: output.path).pathExtension
            )
            return try copy(output, to: folder, as: name)
        }
    }

    private func copy(_ output: GenerationOutput, to folder: URL, as name: DownloadName) throws -> URL {
        guard let source = FileHandle(forReadingAtPath: output.path) else {
            throw LedgerError.unreadableOutput(path: output.path)
        }
        defer { try? source.close() }
        let (destination, handle) = try ExclusiveFile.create(in: folder) { name.candidate($0) }
        do {
            defer { try? handle.close() }
            var hash = SHA256()
            while let chunk = try source.read(upToCount: 1 << 20), !chunk.isEmpty {
                hash.update(chunk)
                try handle.write(contentsOf: chunk)
            }
            guard hash.finalize() == output.sha256 else { throw LedgerError.outputChanged(path: output.path) }
            return destination
        } catch {
            try? FileManager.default.removeItem(at: destination)
            throw error as? LedgerError ?? LedgerError.cannotWrite(path: destination.path, reason: "\(error)")
        }
    }
}
