"""Regenerate docs/screenshot.png: render a Timeline JSON file to HTML and photograph it
with headless Chromium (Playwright) at 1280x900.

    python scripts/screenshot.py [output/events.json] [--out docs/screenshot.png]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
from timeline.models import Timeline  # noqa: E402
from timeline.render import Theme, render_html  # noqa: E402

LOGGER = logging.getLogger(__name__)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]  # fmt: skip
VIEWPORT = {"width": 1280, "height": 900}
READY_TIMEOUT_MS = 20_000


def screenshot(events_json: Path, out: Path, *, theme: Theme, title: str | None) -> None:
    """Render `events_json` and save a 1280x900 PNG of the page to `out`."""
    tl = Timeline.model_validate_json(events_json.read_text(encoding="utf-8"))
    page_html = render_html(tl, title=title, theme=theme)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "timeline.html"
        page_path.write_text(page_html, encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport=VIEWPORT)
                page.goto(page_path.as_uri())
                page.wait_for_selector(".tl-root[data-ready]", timeout=READY_TIMEOUT_MS)
                page.screenshot(path=str(out))
            finally:
                browser.close()
    LOGGER.info("wrote %s", out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", nargs="?", type=Path, default=Path("output/events.json"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshot.png"))
    parser.add_argument("--theme", choices=[t.value for t in Theme], default=Theme.LIGHT.value)
    parser.add_argument("--title", default=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not args.events.is_file():
        print(f"{args.events}: no such events file", file=sys.stderr)
        return 1
    screenshot(args.events, args.out, theme=Theme(args.theme), title=args.title)
    return 0


if __name__ == "__main__":
    sys.exit(main())
