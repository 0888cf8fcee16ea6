"""Each image format opens with its own reader and carries the words around the map."""

import io
import xml.etree.ElementTree as ET
from dataclasses import replace

from PIL import Image
from pypdf import PdfReader

from flows.export.render_static import render_image
from flows.export.scene import DISCLAIMER, build_scene

SVG_NS = "{http://www.w3.org/2000/svg}"


def svg_texts(data: bytes) -> str:
    """All text of an SVG's <text> elements (text kept as text, not paths)."""
    root = ET.fromstring(data)
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG_NS}text"))


def test_png_for_slides_is_1920_by_1080(europe_view, table, countries):
    data = render_image(build_scene(europe_view, table), countries, "png", size="slides")
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.size == (1920, 1080)
    # the map is drawn: the category colour (weapons, vermillion) is in the picture
    colours = {c for _, c in image.convert("RGB").getcolors(maxcolors=1 << 20)}
    assert any(abs(r - 213) < 12 and abs(g - 94) < 12 and b < 40 for r, g, b in colours)


def test_png_for_print_is_a4_landscape_at_300_dpi(world_view, table, countries):
    data = render_image(build_scene(world_view, table), countries, "png", size="print")
    image = Image.open(io.BytesIO(data))
    assert image.size == (3507, 2481)


def test_svg_keeps_title_legend_and_footer_as_text(europe_view, table, countries):
    scene = build_scene(europe_view, table)
    text = svg_texts(render_image(scene, countries, "svg"))
    for expected in (
        "Weapons into the EU",
        "Legend",
        "Weapons (5)",
        "Line width: number of records",
        "Records ending in the country",
        "2 records",
        "Includes 1 unreviewed extracted record",
        DISCLAIMER[:40],
        "mainly Europol",
        f"Generated {scene.generated_text}",
        "Web Mercator, the frame shown on screen",
    ):
        assert expected in text, expected


def test_world_view_is_drawn_in_the_screens_projection_and_lists_categories(
    world_view, table, countries
):
    text = svg_texts(render_image(build_scene(world_view, table), countries, "svg"))
    assert "Web Mercator" in text
    for label in (
        "Migrant smuggling (1)",
        "Drugs (3)",
        "Illicit finance (1)",
        "1 record not drawn (no place)",
    ):
        assert label in text
    # the default statuses leave the extracted record out: no warning mark
    assert "unreviewed" not in text


def test_pdf_is_vector_with_text(europe_view, table, countries):
    data = render_image(build_scene(europe_view, table), countries, "pdf")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Weapons into the EU" in text and "Legend" in text
    # the map is vector: the only raster allowed is the shading scale's tiny gradient
    assert all(len(image.data) < 5000 for image in reader.pages[0].images)


def test_untrusted_text_is_drawn_literally(europe_view, table, countries):
    title = r"Cash $\frac$ <script>alert(1)</script> & co"
    view = replace(europe_view, title=title)
    text = svg_texts(render_image(build_scene(view, table), countries, "svg"))
    assert title in text


def test_map_only_image_leaves_title_and_footer_to_the_slide(europe_view, table, countries):
    scene = build_scene(europe_view, table)
    text = svg_texts(render_image(scene, countries, "svg", with_text=False))
    assert "Legend" in text and "Weapons (5)" in text
    assert "Weapons into the EU" not in text and DISCLAIMER[:40] not in text


def test_empty_selection_still_renders(europe_view, table, countries):
    view = replace(europe_view, filters=replace(europe_view.filters, text="no such words"))
    text = svg_texts(render_image(build_scene(view, table), countries, "svg"))
    assert "No records selected" in text and "Sources: none selected." in text
