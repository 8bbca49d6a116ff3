import Foundation
import Territory

/// The files of the test fixture dataset (Tests/TerritoryTests/Fixtures/squares); the first byte
/// of an input picks the one the rest of the input replaces.
let files = [
    "dataset.json", "entities.json", "units.json", "events.json", "corridors.json", "places.json",
    "units.geojson", "routes.geojson",
]

let fixture = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Tests/TerritoryTests/Fixtures/squares")

/// A private copy of the fixture that each input edits and restores.
let workspace: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("territory-fuzz-\(getpid())")
    try? FileManager.default.removeItem(at: url)
    do {
        try FileManager.default.copyItem(at: fixture, to: url)
    } catch {
        fatalError("cannot copy the fixture dataset \(fixture.path): \(error)")
    }
    return url
}()

/// Asks a dataset that loaded the questions the CLI asks, on the days its events happen.
func query(_ dataset: Dataset) {
    let atlas = Atlas(dataset: dataset)
    for day in Set(dataset.events.map(\.date)).sorted().prefix(4) {
        _ = try? atlas.snapshot(on: day)
        _ = try? atlas.snapshot(on: day, layer: .deJure)
        _ = try? atlas.geoJSON(on: day)
        _ = try? atlas.control(at: Coordinate(x: 1, y: 1), on: day)
        for corridor in dataset.corridors { _ = try? atlas.corridorReport(corridor.id, on: day) }
    }
    for unit in dataset.units { _ = try? atlas.area(of: unit.id) }
}
