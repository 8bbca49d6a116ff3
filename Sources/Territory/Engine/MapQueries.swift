/// Queries only the maps and the viewer ask (module TerritoryRender): package API, not public,
/// since their answers are shaped for drawing.
extension Atlas {
    /// The envelope of every compiled face's exterior, lon/lat; `nil` for a dataset without ground.
    package var groundEnvelope: Envelope? {
        let envelope = Envelope(dataset.overlay.atoms.lazy.flatMap(\.faces).flatMap(\.exterior))
        return envelope.isNull ? nil : envelope
    }
}
