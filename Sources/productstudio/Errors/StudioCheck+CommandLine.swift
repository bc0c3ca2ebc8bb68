import StudioCheck

/// A profile, profile file or config file that cannot be used is a usage error.
extension CheckSetup.Failure: CommandLineError {
    var exitStatus: Int32 { ExitStatus.usage }
}

/// Problems in the built-in profiles: the installation is broken, not the command line.
extension ConfigProblems: CommandLineError {}

/// A `--fix` folder that cannot be created or written into: the folder was the user's choice.
extension Fixer.FolderProblem: CommandLineError {
    var exitStatus: Int32 { ExitStatus.usage }
}
