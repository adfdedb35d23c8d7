"""Reads the output of RatingToScreen run with -Djavafx.pulseLogger=true: for each measured change,
the handler time plus the whole next pulse (CSS, layout, copy to the render graph and painting),
as the pulse logger reports it ("PULSE: n [since last pulse ms : pulse ms]")."""
import re, sys

frames, handler = [], None
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"MARK handler ([\d.]+)", line)
    if m:
        handler = float(m.group(1))
        continue
    # A pulse prints "PULSE: n [a ms:b ms]", or "[n a ms:b ms]" when it had next to nothing to do.
    m = re.match(r"(?:PULSE: \d+ \[|\[\d+ )(-?\d+)ms:(\d+)ms\]", line)
    if m and handler is not None:
        frames.append(handler + int(m.group(2)))
        handler = None
frames.sort()
if frames:
    p95 = frames[max(0, -(-95 * len(frames) // 100) - 1)]
    print("key -> frame painted (handler + whole pulse, pulse logger, 1 ms resolution): "
          "median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)" % (frames[len(frames) // 2], p95, frames[-1], len(frames)))
