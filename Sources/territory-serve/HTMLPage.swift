/// The frame of the server's HTML pages (landing page, collections, items); the map is the
/// viewer's own page.
enum HTMLPage {
    static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.xmlEscaped)</title>
        <style>
        body { font: 14px/1.4 "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 16px; color: #1f1f1f; }
        table { border-collapse: collapse; } td, th { border: 1px solid #ccd3d8; padding: 2px 6px; vertical-align: top; text-align: left; }
        nav a { margin-right: 12px; }
        </style></head>
        <body>
        <nav><a href="/">Home</a><a href="/map">Map</a><a href="/collections?f=html">Collections</a><a href="/api">API</a></nav>
        <h1>\(title.xmlEscaped)</h1>
        \(body)
        </body>
        </html>

        """
    }
}
