"""The 政府信息公开工作年度报告 in the 2021 national format (国办公开办函〔2021〕30号).

model.py      the tables and sections as plain data (what the writers import)
categories.py ledger wordings -> table-3 rows and columns, table-4 results (data)
figures.py    the figures YAML (numbers no spreadsheet holds), validated with line numbers
checks.py     the sum checks, run before anything is written
build.py      ledger + catalog + figures -> AnnualReport
"""
