import ArgumentParser

/// `territory`: who held what, where and when, from the Territory dataset.
struct TerritoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "territory",
        abstract: "Who held which ground in the South Caucasus on a date, and how large and how far it is.",
        discussion: """
            Dates are YYYY, YYYY-MM or YYYY-MM-DD; a month or a year means its first day. Names \
            (units, places, corridors, entities) match any alias, ignoring case and diacritics. \
            Positions are LAT,LON in degrees (WGS84), negative ones as they are (-1.5,2).

            Examples:
              territory control --date 1994-05-12 --place Shusha
                  who held Shusha on the day the 1994 ceasefire took effect
              territory area Azerbaijan --date 1994-05-12 --controller NKR
                  how much of Azerbaijan the NKR held that day
              territory map --date 2021-01-01 --out map.svg
                  a map of who held what
              territory COMMAND --help
                  each command's options and examples

            Without --data the embedded dataset is used; --data DIR reads another dataset directory.

            Errors are one line on stderr, 'territory: error: ...'. Exit codes (sysexits):
              0   success
              64  usage: a bad option, name, date or position, or a date out of range
              65  data error: the dataset is invalid, or an input file is (classify)
              66  no input: the dataset or one of its files is missing or unreadable
              69  unavailable: a program the command needs is missing or failed (psql, territory-serve)
              73  cannot create output: --out exists (without --force) or is not writable
              74  I/O error: reading the input or writing the output failed
            """,
        // Only shows --version in the help: main.swift prints the full text (VersionText).
        version: "territory \(VersionText.tool)",
        subcommands: [
            SnapshotCommand.self, ControlCommand.self, AreaCommand.self, DistanceCommand.self,
            ExportCommand.self, ClassifyCommand.self, TimelineCommand.self, DiffCommand.self, SeriesCommand.self,
            CorridorCommand.self, PlacesCommand.self, UnitsCommand.self, ValidateCommand.self,
            MapCommand.self, ViewerCommand.self, ServeCommand.self,
        ]
    )
}
