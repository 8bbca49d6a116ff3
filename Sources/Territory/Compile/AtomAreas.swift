extension Overlay {
    /// The total area of `atoms`, km², added in ascending atom order.
    ///
    /// Floating-point addition is not associative, so the order of the terms shows in the last
    /// bits. Callers often collect atoms through a `Dictionary`, whose order changes from process
    /// to process (Swift seeds its hashing per process); adding in one fixed order makes every
    /// area the same to the last bit in every run.
    func areaKm2(of atoms: some Sequence<Int>) -> Double {
        atoms.sorted().reduce(0) { $0 + self.atoms[$1].areaKm2 }
    }

    /// The area of `atoms` per `key` (e.g. per holder), km², each sum added in ascending atom order
    /// (see `areaKm2(of:)`).
    func areasKm2<Key: Hashable>(of atoms: some Sequence<Int>, by key: (Int) -> Key) -> [Key: Double] {
        var areas: [Key: Double] = [:]
        for atom in atoms.sorted() { areas[key(atom), default: 0] += self.atoms[atom].areaKm2 }
        return areas
    }
}
