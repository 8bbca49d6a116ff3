/// The kinds of record a name can stand for.
public enum NameCategory: String, Sendable, Hashable, CaseIterable {
    /// A unit of ground.
    case unit
    /// A gazetteer place.
    case place
    /// A corridor.
    case corridor
    /// An entity (state, force, ...).
    case entity
    /// A group of entities (a side).
    case group
}

/// A record found by name.
///
/// ```swift
/// switch try atlas.dataset.resolve("Berdzor", preferring: [.place, .unit]) {
/// case .place(let place): print(place.coordinate)
/// default: break
/// }
/// ```
public enum NamedThing: Sendable, Hashable {
    /// A unit.
    case unit(Unit)
    /// A place.
    case place(Place)
    /// A corridor.
    case corridor(Corridor)
    /// An entity.
    case entity(Entity)
    /// An entity group.
    case group(EntityGroup)

    /// The record's id.
    public var id: String {
        switch self {
        case .unit(let unit): return unit.id
        case .place(let place): return place.id
        case .corridor(let corridor): return corridor.id
        case .entity(let entity): return entity.id
        case .group(let group): return group.id
        }
    }

    /// The record's English name.
    public var name: String {
        switch self {
        case .unit(let unit): return unit.name
        case .place(let place): return place.name
        case .corridor(let corridor): return corridor.name
        case .entity(let entity): return entity.name
        case .group(let group): return group.name
        }
    }

    /// What kind of record it is.
    public var category: NameCategory {
        switch self {
        case .unit: return .unit
        case .place: return .place
        case .corridor: return .corridor
        case .entity: return .entity
        case .group: return .group
        }
    }
}

/// Every spelling of every named record, folded (see `Spelling.fold`), for lookups that ignore
/// case, diacritics and punctuation.
struct NameIndex: Sendable {
    struct Entry: Sendable, Hashable {
        var category: NameCategory
        /// Index into the dataset's array of that category.
        var index: Int
        /// 0 id, 1 English name, 2 name in another language, 3 alias: better matches first.
        var rank: Int
        /// Whether the record still exists (open lifetime): a name shared by generations of a
        /// unit means the current one.
        var current: Bool
    }

    private var entries: [String: [Entry]] = [:]
    /// Every spelling with its record, and how a suggestion shows each record: its English name
    /// quoted (names may hold commas) and its id, `'Lachin District' (lachin)`.
    private var spellings: [(spelling: String, record: Entry)] = []
    private var displayNames: [Entry: String] = [:]

    init(units: [Unit], places: [Place], corridors: [Corridor], entities: [Entity], groups: [EntityGroup]) {
        func add(_ category: NameCategory, _ id: String, _ names: Names, _ index: Int, current: Bool) {
            let ranked =
                [(id, 0), (names.name, 1)] + names.byLanguage.values.sorted().map { ($0, 2) }
                + names.aliases.map { ($0, 3) }
            let record = Entry(category: category, index: index, rank: 0, current: current)
            displayNames[record] = "'\(names.name)' (\(id))"
            for (spelling, rank) in ranked {
                let key = Spelling.fold(spelling)
                guard !key.isEmpty else { continue }
                let entry = Entry(category: category, index: index, rank: rank, current: current)
                if !(entries[key]?.contains { $0.category == category && $0.index == index } ?? false) {
                    entries[key, default: []].append(entry)
                }
                spellings.append((spelling, record))
            }
        }
        for (index, unit) in units.enumerated() {
            add(.unit, unit.id, unit.names, index, current: unit.lifetime.to == nil)
        }
        for (index, place) in places.enumerated() { add(.place, place.id, place.names, index, current: true) }
        for (index, corridor) in corridors.enumerated() {
            add(.corridor, corridor.id, corridor.names, index, current: true)
        }
        for (index, entity) in entities.enumerated() {
            add(.entity, entity.id, entity.names, index, current: entity.lifetime.to == nil)
        }
        for (index, group) in groups.enumerated() { add(.group, group.id, group.names, index, current: true) }
    }

    /// The records called `name`, best first: by the order of `categories`, then id before name
    /// before other-language name before alias, then current records before past ones, then file
    /// order.
    func lookup(_ name: String, in categories: [NameCategory]) -> [Entry] {
        let found = entries[Spelling.fold(name)] ?? []
        return found.filter { categories.contains($0.category) }.sorted {
            let left = (categories.firstIndex(of: $0.category)!, $0.rank, $0.current ? 0 : 1, $0.index)
            let right = (categories.firstIndex(of: $1.category)!, $1.rank, $1.current ? 0 : 1, $1.index)
            return left < right
        }
    }

    /// The records in `categories` with a spelling closest to `name`, as `'English name' (id)`.
    func suggestions(for name: String, in categories: [NameCategory]) -> [String] {
        let candidates = spellings.filter { categories.contains($0.record.category) }
        var names: [String] = []
        for spelling in Spelling.closest(to: name, among: candidates.map(\.spelling), limit: 12) {
            for candidate in candidates where candidate.spelling == spelling {
                let display = displayNames[candidate.record]!
                if !names.contains(display) { names.append(display) }
            }
        }
        return Array(names.prefix(3))
    }
}
