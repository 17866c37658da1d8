"""Reading inputs: spreadsheets and CSV into datasets, field mapping, dates, normalisation."""
