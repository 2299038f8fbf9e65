"""Decodes a PNG screenshot and prints its width, height, number of distinct colours, then for
each COLOUR argument the pixels of that colour: a hex colour (#2563eb) counts pixels within 40
of it (summed over red, green and blue); "reddish" and "greenish" count pixels where that
channel stands well above the others.
Usage: python3 png_stats.py FILE [COLOUR...]"""
import struct
import sys
import zlib


def matcher(spec):
    if spec == "reddish":
        return lambda r, g, b: r > g + 80 and r > b + 80
    if spec == "greenish":
        return lambda r, g, b: g > r + 60 and g > b + 60
    k = tuple(int(spec.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return lambda r, g, b: abs(r - k[0]) + abs(g - k[1]) + abs(b - k[2]) < 40


data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat = 8, b""
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
assert depth == 8 and ctype in (2, 6), (depth, ctype)
bpp = 3 if ctype == 2 else 4
raw, stride = zlib.decompress(idat), w * bpp
prev, colours = bytearray(stride), set()
tests = [matcher(s) for s in sys.argv[2:]]
counts = [0] * len(tests)
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
        if f == 1:
            line[i] = (line[i] + a) & 255
        elif f == 2:
            line[i] = (line[i] + b) & 255
        elif f == 3:
            line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        px = (line[x], line[x + 1], line[x + 2])
        colours.add(px)
        for k, t in enumerate(tests):
            counts[k] += t(*px)
    prev = line
print(w, h, len(colours), *counts)
