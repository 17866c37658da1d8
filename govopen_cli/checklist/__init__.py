"""Checklists: the model, the YAML loader, drafting from work plans, and comparison."""
