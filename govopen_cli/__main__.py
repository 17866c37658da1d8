"""Entry point of `govopen` and `python -m govopen_cli`.

Kept free of heavy imports: a workbook named on the command line starts parsing in a thread
(io.prefetch) before the CLI, pandas and the checklist are imported.
"""
import sys


def main() -> None:
    from govopen_cli.io import prefetch

    prefetch.start_for_argv(sys.argv[1:])
    from govopen_cli.cli import main as cli_main

    cli_main()


if __name__ == "__main__":  # pragma: no cover
    main()
