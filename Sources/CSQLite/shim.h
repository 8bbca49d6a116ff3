// The system SQLite (Debian libsqlite3-dev): GeoPackage files are SQLite databases.
#include <sqlite3.h>
