/// Which kind of holding a transfer changes.
///
/// Sovereignty (de jure) and control on the ground (de facto) are separate timelines: Nagorno-Karabakh
/// stayed de jure Azerbaijani while NKR held it de facto from the early 1990s to 2023.
public enum Layer: String, Sendable, Hashable, CaseIterable, Codable {
    /// Who controls the ground.
    case deFacto = "de-facto"
    /// Who is the internationally recognised sovereign.
    case deJure = "de-jure"
}
