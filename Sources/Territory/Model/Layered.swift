/// One value per layer, as two stored properties, so that no lookup by layer can miss.
///
/// ```swift
/// let period = try atlas.periodGround(containing: try Day(iso: "1994-05-12"))
/// period.layers[.deJure].holders.first?.holder   // "AZE"
/// ```
public struct Layered<Value: Sendable>: Sendable {
    /// Control on the ground.
    public let deFacto: Value
    /// Sovereignty.
    public let deJure: Value

    /// The value of each layer, made by `make`.
    public init<Failure: Error>(_ make: (Layer) throws(Failure) -> Value) throws(Failure) {
        deFacto = try make(.deFacto)
        deJure = try make(.deJure)
    }

    /// The value of `layer`.
    public subscript(layer: Layer) -> Value {
        switch layer {
        case .deFacto: deFacto
        case .deJure: deJure
        }
    }

    /// Both values, de facto first.
    public var both: [Value] { [deFacto, deJure] }
}

extension Layered: Equatable where Value: Equatable {}
extension Layered: Hashable where Value: Hashable {}
