import Territory

/// A name given to a command that takes another kind of record (`area "Lachin corridor"`,
/// `control --place Artsakh`): found in any kind, so the command can answer what fits or say
/// which command takes it.
enum NameKinds {
    /// The record called `name` in any kind, when `error` is the command's own lookup failing;
    /// otherwise (or when no record of any kind has that name) `error` itself.
    static func resolveElsewhere(_ name: String, after error: any Error, in dataset: Dataset) throws -> NamedThing {
        guard case QueryError.unknownName = error, let thing = try? dataset.resolve(name) else { throw error }
        return thing
    }

    /// `'Artsakh' is an entity (NKR, Nagorno-Karabakh Republic (Republic of Artsakh))`.
    static func describe(_ name: String, _ thing: NamedThing) -> String {
        let what =
            switch thing.category {
            case .unit: "a unit"
            case .place: "a place"
            case .corridor: "a corridor"
            case .entity: "an entity"
            }
        return "'\(name)' is \(what) (\(thing.id), \(thing.name))"
    }

    /// A usage failure: `name` is `thing`, which this command does not take; `hint` says what to run.
    static func failure(_ name: String, _ thing: NamedThing, hint: String) -> CommandFailure {
        CommandFailure(status: .usage, message: describe(name, thing) + "; " + hint)
    }
}
