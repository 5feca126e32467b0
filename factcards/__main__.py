from factcards.cli import run

run()
