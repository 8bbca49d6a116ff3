import Territory

/// A name given to a command that takes another kind of record (`area "Lachin corridor"`,
/// `control --place Artsakh`): found in any kind, so the command can answer what fits or say
/// which command takes it.
enum NameKinds {
    /// The record called `name` in any kind, when `error` is the command's own lookup failing;
    /// otherwise `error` itself. When no record of any kind has that name and the command's own
    /// kinds had nothing close, the suggestions come from every kind.
    static func resolveElsewhere(_ name: String, after original: any Error, in dataset: Dataset) throws -> NamedThing {
        guard case QueryError.unknownName(_, let kinds, let suggestions) = original else { throw original }
        do {
            return try dataset.resolve(name)
        } catch .unknownName(_, _, let everywhere) where suggestions.isEmpty && !everywhere.isEmpty {
            throw QueryError.unknownName(name: name, kinds: kinds, suggestions: everywhere)
        } catch {
            throw original
        }
    }

    /// `'Artsakh' is an entity (NKR, Nagorno-Karabakh Republic (Republic of Artsakh))`.
    static func describe(_ name: String, _ thing: NamedThing) -> String {
        let what =
            switch thing.category {
            case .unit: "a unit"
            case .place: "a place"
            case .corridor: "a corridor"
            case .entity: "an entity"
            case .group: "an entity group"
            }
        return "'\(name)' is \(what) (\(thing.id), \(thing.name))"
    }

    /// A usage failure: `name` is `thing`, which this command does not take; `hint` says what to run.
    static func failure(_ name: String, _ thing: NamedThing, hint: String) -> CommandFailure {
        CommandFailure(status: .usage, message: describe(name, thing) + "; " + hint)
    }
}
