from timeline.cli import app

app(prog_name="timeline")
