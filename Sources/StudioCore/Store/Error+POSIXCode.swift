import Foundation

extension Error {
    /// The C library's error number behind a Foundation file error, or `EIO` when it carries none.
    var posixCode: Int32 {
        let error = self as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return EIO
    }
}
