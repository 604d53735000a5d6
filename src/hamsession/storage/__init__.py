"""Files and the database: data folder, bundled assets, program library, SQLite history."""
