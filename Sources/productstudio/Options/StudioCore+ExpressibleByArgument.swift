public import ArgumentParser
public import StudioCore

extension GenerationTool: ExpressibleByArgument {}
extension ImageQuality: ExpressibleByArgument {}
extension VideoDuration: ExpressibleByArgument {}
extension TaskStatus: ExpressibleByArgument {}
extension CreditTransaction.Kind: ExpressibleByArgument {}
