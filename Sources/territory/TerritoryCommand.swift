import ArgumentParser

/// `territory`: who held what, where and when, from the Territory dataset.
struct TerritoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "territory",
        abstract: "Who held which ground in the South Caucasus on a date, and how large and how far it is.",
        discussion: """
            Dates are YYYY, YYYY-MM or YYYY-MM-DD; a month or a year means its first day. Names \
            (units, places, corridors, entities) match any alias, ignoring case and diacritics. \
            Positions are LAT,LON in degrees (WGS84); write a negative one as --at=-1.5,2 or after --.

            Without --data the embedded dataset is used; --data DIR reads another dataset directory.

            Errors are one line on stderr, 'territory: error: ...'. Exit codes (sysexits):
              0   success
              64  usage: a bad option, name, date or position, or a date out of range
              65  data error: the dataset is invalid, or an input file is (classify)
              66  no input: the dataset or one of its files is missing or unreadable
              69  unavailable: a program the command needs is missing or failed (psql)
              73  cannot create output: --out exists (without --force) or is not writable
              74  I/O error: reading the input or writing the output failed
            """,
        subcommands: [
            SnapshotCommand.self, ControlCommand.self, AreaCommand.self, DistanceCommand.self,
            ExportCommand.self, ClassifyCommand.self, TimelineCommand.self, DiffCommand.self, SeriesCommand.self,
            CorridorCommand.self, PlacesCommand.self, UnitsCommand.self, ValidateCommand.self,
            MapCommand.self, ViewerCommand.self,
        ]
    )
}
