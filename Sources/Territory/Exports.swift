// Territory's answers carry SwiftGEOS values (`Coordinate`, `Shape`); re-exporting the module lets
// a client, such as the CLI, use them with `import Territory` alone.
@_exported import SwiftGEOS
