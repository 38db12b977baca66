"""Draw the demo's illustrations: run once, `python demo/data/images/generate.py`, and commit the JPEGs.

The demo ships no downloaded photos (their rights would have to be checked and credited); these are
simple drawn scenes of commune life (coast, shrimp ponds, dragon fruit and cashew farms, rice fields,
roads, hills, a meeting hall, a send-off, a house, a street, a school), 960×600 px, made with Pillow
alone and released with the project. A fixed seed keeps the output the same on every run.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 960, 600
HERE = Path(__file__).resolve().parent


def gradient(draw, box, top, bottom):
    x0, y0, x1, y1 = box
    for y in range(y0, y1):
        t = (y - y0) / max(y1 - y0 - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(x0, y), (x1, y)], fill=colour)


def ridge(draw, base, amplitude, colour, rng, waves=3):
    """A range of hills: a filled polygon under a sum of sine waves."""
    phases = [rng.uniform(0, math.tau) for _ in range(waves)]
    points = [(0, HEIGHT)]
    for x in range(0, WIDTH + 8, 8):
        y = base - sum(
            amplitude / (i + 1) * math.sin(x / (180 / (i + 1)) + phase) for i, phase in enumerate(phases)
        )
        points.append((x, y))
    points.append((WIDTH, HEIGHT))
    draw.polygon(points, fill=colour)


def sun(draw, x, y, radius, colour):
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)


def sky(draw, horizon, top=(120, 170, 220), bottom=(230, 235, 240)):
    """The sky down to `horizon`; below it the horizon's colour, until the scene paints over it."""
    gradient(draw, (0, 0, WIDTH, horizon), top, bottom)
    draw.rectangle([0, horizon, WIDTH, HEIGHT], fill=bottom)


def person(draw, x, y, scale, colour, hat=(236, 214, 150)):
    """A standing figure with a conical hat (nón lá)."""
    draw.rectangle([x - 5 * scale, y - 30 * scale, x + 5 * scale, y], fill=colour)
    draw.ellipse([x - 5 * scale, y - 42 * scale, x + 5 * scale, y - 30 * scale], fill=(120, 84, 60))
    draw.polygon([(x - 12 * scale, y - 38 * scale), (x + 12 * scale, y - 38 * scale), (x, y - 50 * scale)], fill=hat)


def flag(draw, x, y, size):
    draw.line([(x, y), (x, y + size * 2.2)], fill=(90, 70, 50), width=3)
    draw.rectangle([x, y, x + size * 1.5, y + size], fill=(218, 37, 29))
    cx, cy, r = x + size * 0.75, y + size / 2, size * 0.32
    star = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        radius = r if i % 2 == 0 else r * 0.4
        star.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(star, fill=(255, 222, 0))


def coast(draw, rng):
    sky(draw, 300, (250, 180, 120), (255, 226, 180))
    sun(draw, 700, 250, 55, (255, 240, 200))
    gradient(draw, (0, 300, WIDTH, 500), (70, 130, 170), (120, 180, 195))
    for _ in range(60):
        y = rng.randint(305, 425)
        x = rng.randint(0, WIDTH)
        draw.line([(x, y), (x + rng.randint(20, 80), y)], fill=(200, 220, 230), width=2)
    ridge(draw, 470, 14, (230, 208, 160), rng, waves=2)
    for x in range(80, 900, 150):
        person(draw, x + rng.randint(-30, 30), 540 + rng.randint(-10, 20), 1.2, (40, 90, 160))
    draw.polygon([(600, 360), (700, 360), (680, 380), (620, 380)], fill=(90, 60, 40))
    draw.line([(650, 300), (650, 360)], fill=(80, 60, 40), width=3)


def shrimp_ponds(draw, rng):
    sky(draw, 220)
    ridge(draw, 230, 20, (110, 150, 110), rng)
    for row in range(3):
        for col in range(4):
            x0, y0 = 20 + col * 240, 250 + row * 115
            draw.rectangle([x0, y0, x0 + 220, y0 + 100], fill=(150, 120, 80))
            gradient(draw, (x0 + 8, y0 + 8, x0 + 212, y0 + 92), (80, 150, 150), (60, 120, 130))
            for _ in range(2):
                px, py = rng.randint(x0 + 30, x0 + 190), rng.randint(y0 + 30, y0 + 70)
                draw.ellipse([px - 12, py - 4, px + 12, py + 4], fill=(240, 240, 240))
                draw.line([(px - 20, py), (px + 20, py)], fill=(200, 200, 200), width=2)


def dragon_fruit(draw, rng):
    gradient(draw, (0, 0, WIDTH, 260), (20, 30, 70), (60, 60, 110))
    for _ in range(50):
        x, y = rng.randint(0, WIDTH), rng.randint(0, 200)
        draw.point((x, y), fill=(255, 255, 220))
    gradient(draw, (0, 260, WIDTH, HEIGHT), (40, 70, 40), (30, 50, 30))
    for row in range(5):
        y = 280 + row * 65 + row * row * 4
        size = 18 + row * 9
        for x in range(-20, WIDTH + 40, 60 + row * 25):
            draw.ellipse([x - size, y - size, x + size, y + size // 2], fill=(60, 130, 60))
            draw.ellipse([x - 6, y - size - 14, x + 6, y - size - 2], fill=(255, 236, 150))
            for _ in range(2):
                fx, fy = x + rng.randint(-size, size) // 2, y - rng.randint(0, size // 2)
                draw.ellipse([fx - 5, fy - 6, fx + 5, fy + 6], fill=(210, 30, 90))


def cashew(draw, rng):
    sky(draw, 260, (140, 190, 230), (225, 235, 235))
    ridge(draw, 270, 18, (150, 170, 110), rng)
    gradient(draw, (0, 300, WIDTH, HEIGHT), (170, 140, 90), (140, 110, 70))
    for row in range(4):
        y = 330 + row * 70
        radius = 40 + row * 14
        for x in range(-30, WIDTH + 60, 150 + row * 30):
            x += rng.randint(-15, 15)
            draw.rectangle([x - 5, y, x + 5, y + radius], fill=(100, 70, 40))
            draw.ellipse([x - radius, y - radius, x + radius, y + radius // 2], fill=(50 + row * 10, 110, 50))
            for _ in range(3):
                fx, fy = x + rng.randint(-radius, radius) // 2, y + rng.randint(-radius // 2, 0)
                draw.ellipse([fx - 4, fy - 5, fx + 4, fy + 5], fill=(235, 120, 40))


def rice_fields(draw, rng):
    sky(draw, 230)
    ridge(draw, 240, 25, (100, 140, 120), rng)
    for i, y in enumerate(range(250, HEIGHT, 24)):
        green = (110 + (i % 3) * 20, 170 + (i % 2) * 20, 60)
        draw.rectangle([0, y, WIDTH, y + 24], fill=green)
        draw.line([(0, y), (WIDTH, y + rng.randint(-4, 4))], fill=(90, 130, 50), width=2)
    draw.polygon([(430, 250), (530, 250), (760, HEIGHT), (200, HEIGHT)], fill=(90, 140, 170))
    for x in (150, 820):
        person(draw, x, 520, 1.4, (60, 80, 120))


def village_road(draw, rng):
    sky(draw, 260, (150, 195, 235), (235, 240, 240))
    ridge(draw, 270, 15, (90, 140, 80), rng)
    gradient(draw, (0, 280, WIDTH, HEIGHT), (120, 160, 80), (90, 130, 60))
    draw.polygon([(450, 280), (510, 280), (860, HEIGHT), (100, HEIGHT)], fill=(190, 190, 185))
    for y in range(300, HEIGHT, 50):
        t = (y - 280) / (HEIGHT - 280)
        draw.line([(480 - 380 * t, y), (480 + 380 * t, y)], fill=(170, 170, 165), width=2)
    for x, y in ((200, 520), (300, 450), (700, 500)):
        person(draw, x, y, 1.3, (230, 120, 40))
    draw.rectangle([720, 380, 860, 460], fill=(230, 180, 40))
    draw.ellipse([730, 440, 770, 480], fill=(40, 40, 40))
    draw.ellipse([810, 440, 850, 480], fill=(40, 40, 40))


def forest_hills(draw, rng):
    sky(draw, 300, (170, 200, 225), (240, 230, 210))
    ridge(draw, 260, 50, (120, 150, 130), rng)
    ridge(draw, 340, 45, (70, 120, 80), rng)
    ridge(draw, 430, 35, (40, 90, 50), rng)
    for _ in range(140):
        x, y = rng.randint(0, WIDTH), rng.randint(380, HEIGHT)
        size = rng.randint(10, 26)
        draw.polygon([(x, y - size * 2), (x - size, y), (x + size, y)], fill=(30, 80 + rng.randint(0, 40), 40))
    draw.rectangle([120, 380, 140, 520], fill=(120, 90, 60))
    draw.rectangle([100, 360, 160, 385], fill=(200, 60, 40))


def meeting_hall(draw, rng):
    gradient(draw, (0, 0, WIDTH, HEIGHT), (235, 225, 205), (200, 185, 160))
    draw.rectangle([140, 40, 820, 170], fill=(180, 20, 30))
    for x in range(180, 800, 40):
        draw.line([(x, 70), (x + 20, 70)], fill=(255, 220, 80), width=6)
    draw.line([(220, 130), (740, 130)], fill=(255, 220, 80), width=4)
    draw.rectangle([300, 200, 660, 260], fill=(120, 60, 40))
    draw.rectangle([300, 200, 660, 215], fill=(40, 110, 60))
    for row in range(4):
        y = 330 + row * 65
        for x in range(60 + row * 10, WIDTH - 40, 85):
            draw.ellipse([x - 14, y - 40, x + 14, y - 12], fill=(50, 40, 35))
            shirt = (230, 230, 235) if row % 2 else (60, 80, 120)
            draw.rounded_rectangle([x - 24, y - 12, x + 24, y + 40], 8, fill=shirt)
        draw.rectangle([20, y + 30, WIDTH - 20, y + 42], fill=(140, 90, 60))


def send_off(draw, rng):
    sky(draw, 300, (120, 170, 225), (220, 230, 240))
    draw.rectangle([0, 300, WIDTH, HEIGHT], fill=(200, 190, 170))
    draw.rectangle([200, 90, 760, 170], fill=(190, 25, 30))
    draw.line([(250, 130), (710, 130)], fill=(255, 225, 90), width=5)
    for x in range(30, WIDTH, 70):
        flag(draw, x, 190 + rng.randint(-10, 10), 26)
    for row in range(3):
        for x in range(60 + row * 30, WIDTH - 40, 90):
            person(draw, x, 400 + row * 75, 1.3 + row * 0.2, (60, 100, 50), hat=(70, 110, 60))


def house(draw, rng):
    sky(draw, 320, (130, 185, 235), (230, 238, 242))
    ridge(draw, 330, 15, (110, 160, 100), rng)
    draw.rectangle([0, 360, WIDTH, HEIGHT], fill=(120, 165, 80))
    draw.rectangle([300, 260, 660, 470], fill=(245, 220, 150))
    draw.polygon([(270, 270), (480, 150), (690, 270)], fill=(180, 70, 50))
    draw.rectangle([440, 350, 520, 470], fill=(130, 80, 50))
    for x in (330, 580):
        draw.rectangle([x, 310, x + 50, 360], fill=(110, 160, 200))
    draw.rectangle([360, 180, 600, 215], fill=(200, 30, 30))
    for x in (120, 820):
        draw.rectangle([x - 6, 330, x + 6, 470], fill=(110, 80, 50))
        draw.ellipse([x - 60, 240, x + 60, 350], fill=(60, 130, 60))
    for x in range(200, 800, 110):
        person(draw, x, 560, 1.3, (60, 90, 150))


def street(draw, rng):
    sky(draw, 240, (150, 195, 235), (235, 240, 240))
    draw.rectangle([0, 420, WIDTH, HEIGHT], fill=(110, 110, 115))
    draw.rectangle([0, 400, WIDTH, 420], fill=(200, 195, 185))
    for x in range(0, WIDTH, 120):
        draw.line([(x + 20, 510), (x + 80, 510)], fill=(240, 240, 240), width=6)
    x = 0
    while x < WIDTH:
        width = rng.randint(70, 130)
        top = rng.randint(170, 260)
        colour = rng.choice([(240, 200, 150), (200, 220, 230), (250, 240, 200), (230, 170, 160)])
        draw.rectangle([x, top, x + width - 4, 400], fill=colour)
        draw.rectangle([x + 8, 330, x + width - 12, 400], fill=(90, 80, 70))
        draw.rectangle([x + 6, top + 20, x + width - 10, top + 45], fill=rng.choice([(200, 30, 40), (30, 90, 170)]))
        x += width
    for x in range(60, WIDTH, 200):
        draw.ellipse([x, 440, x + 30, 470], fill=(30, 30, 30))
        draw.ellipse([x + 50, 440, x + 80, 470], fill=(30, 30, 30))
        draw.rectangle([x + 10, 420, x + 70, 445], fill=(200, 40, 40))
        person(draw, x + 40, 430, 0.9, (40, 60, 110))


def school(draw, rng):
    sky(draw, 300, (130, 185, 235), (230, 238, 242))
    draw.rectangle([0, 420, WIDTH, HEIGHT], fill=(190, 180, 160))
    draw.rectangle([80, 170, 880, 420], fill=(245, 215, 120))
    draw.rectangle([60, 150, 900, 175], fill=(170, 70, 50))
    for floor in range(2):
        for x in range(110, 860, 75):
            draw.rectangle([x, 200 + floor * 110, x + 45, 260 + floor * 110], fill=(100, 150, 190))
    draw.rectangle([380, 120, 580, 150], fill=(30, 70, 150))
    flag(draw, 470, 40, 24)
    for x in range(100, WIDTH - 60, 70):
        person(draw, x + rng.randint(-10, 10), 540 + rng.randint(-20, 20), 1.1, (240, 240, 245), hat=(40, 80, 160))


SCENES = {
    "bien-binh-minh": coast,
    "dam-nuoi-tom": shrimp_ponds,
    "vuon-thanh-long": dragon_fruit,
    "vuon-dieu": cashew,
    "canh-dong-lua": rice_fields,
    "duong-giao-thong-nong-thon": village_road,
    "rung-doi": forest_hills,
    "hoi-truong": meeting_hall,
    "ngay-hoi-tong-quan": send_off,
    "nha-dai-doan-ket": house,
    "pho-quoc-lo-1a": street,
    "truong-hoc": school,
}


def render(name, draw_scene, seed):
    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw_scene(ImageDraw.Draw(image), rng)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    # A little grain, so the drawings read more like photos (and compress like them).
    grain = Image.frombytes("L", (WIDTH, HEIGHT), rng.randbytes(WIDTH * HEIGHT)).convert("RGB")
    image = Image.blend(image, grain, 0.025)
    image.save(HERE / f"{name}.jpg", "JPEG", quality=86, optimize=True, progressive=True)


if __name__ == "__main__":
    for seed, (name, scene) in enumerate(SCENES.items()):
        render(name, scene, seed)
        print(name, (HERE / f"{name}.jpg").stat().st_size // 1024, "KB")
