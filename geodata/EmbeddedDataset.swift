import Foundation

/// The folder of the embedded South Caucasus dataset inside this package's resource bundle.
public let embeddedDatasetURL: URL? = Bundle.module.url(forResource: "data", withExtension: nil)
