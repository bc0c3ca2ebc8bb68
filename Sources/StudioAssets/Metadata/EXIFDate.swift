/// EXIF dates (`YYYY:MM:DD HH:MM:SS`) and container dates (`YYYY-MM-DDTHH:MM:SS.ffffffZ`) as ISO 8601.
enum EXIFDate {
    /// `YYYY-MM-DDTHH:MM:SS` from the first 19 characters of an EXIF or ISO date, or nil when they
    /// are not one (blank, `0000:00:00 00:00:00`, text).
    static func isoString(_ text: String) -> String? {
        let characters = Array(text.prefix(19))
        guard characters.count == 19 else { return nil }
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        guard digitPositions.allSatisfy({ characters[$0].isASCII && characters[$0].isNumber }) else { return nil }
        let year = String(characters[0..<4])
        let month = String(characters[5..<7])
        let day = String(characters[8..<10])
        guard year != "0000", month != "00", day != "00" else { return nil }
        let time = "\(String(characters[11..<13])):\(String(characters[14..<16])):\(String(characters[17..<19]))"
        return "\(year)-\(month)-\(day)T\(time)"
    }
}
