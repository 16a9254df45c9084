#!/usr/bin/env python3
"""Writes a large synthetic image as a docker-save-style archive for the benchmark.

Usage: gen.py OUT_DIR [TOTAL_MB]

Layers (gzip, as a registry would store them) hold many small text files (configs, sources) and a
few big binary-ish files, about TOTAL_MB uncompressed in all. The archive is an OCI layout with a
docker save manifest.json written LAST, after the layers, the awkward order a reader must handle.
A few fake (not real) credentials are planted so the secret scanner has something to find.
"""
import gzip, hashlib, io, json, os, random, sys, tarfile, time

out = sys.argv[1]
total_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 1100
rng = random.Random(42)
os.makedirs(os.path.join(out, "layers"), exist_ok=True)

words = [''.join(rng.choice('abcdefghijklmnopqrstuvwxyz_') for _ in range(rng.randint(2, 10))) for _ in range(5000)]
lines = []
for _ in range(200000):
    k = rng.choice(words)
    lines.append(rng.choice([f"{k} = {rng.choice(words)}\n", f"def {k}({rng.choice(words)}):\n",
                             f"    return {k}.{rng.choice(words)}({rng.randint(0, 9999)})\n",
                             f"# {' '.join(rng.choice(words) for _ in range(8))}\n", f"{k}: {rng.random()}\n"]))
corpus = ''.join(lines).encode()
binary = bytes(rng.getrandbits(8) if i % 3 else 0 for i in range(8 << 20))  # random with NULs, compresses ~1.5x


def text(size):
    start = rng.randrange(0, len(corpus) - size - 1)
    return corpus[start:start + size]


def add(tar, name, data, mode=0o644):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = 1700000000
    tar.addfile(info, io.BytesIO(data))


def layer(index, fill):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        fill(tar)
    data = raw.getvalue()
    path = os.path.join(out, "layers", f"{index}.tar.gz")
    with open(path, "wb") as f:
        f.write(gzip.compress(data, compresslevel=6, mtime=0))
    print(f"layer {index}: {len(data) >> 20} MiB uncompressed", file=sys.stderr)
    return data


budget = total_mb << 20
small_share = int(budget * 0.6)
layers = []

def small_files(layer_no, amount):
    def fill(tar):
        written = 0
        n = 0
        while written < amount:
            size = rng.choice([200, 800, 2000, 4000, 8000, 16000, 40000])
            add(tar, f"app{layer_no}/pkg{n % 300}/module{n}.py", text(size))
            written += size + 512
            n += 1
        if layer_no == 1:
            add(tar, "app1/config/settings.env", b"DB_PASSWORD=Vb7Qm2Xk9Lp4Rt8Z\n")
            add(tar, "root/.aws/credentials", b"[default]\naws_access_key_id = " + b"AKIA" + b"TRUSTYBENCHQ234Z\n")
    return fill

for i in range(3):
    layers.append(layer(i, small_files(i, small_share // 3)))

def big_files(tar):
    remaining = budget - small_share
    n = 0
    while remaining > 0:
        size = min(remaining, rng.choice([64, 96, 128]) << 20)
        blob = (binary * (size // len(binary) + 1))[:size]
        add(tar, f"opt/big/blob{n}.bin", blob, 0o755)
        remaining -= size
        n += 1
layers.append(layer(3, big_files))

config = {"architecture": "amd64", "os": "linux",
          "config": {"User": "", "Env": ["PATH=/usr/bin"], "Cmd": ["/bin/sh"]},
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(d).hexdigest() for d in layers]},
          "history": [{"created_by": f"COPY app{i} /app{i} # buildkit"} for i in range(len(layers))]}
config_bytes = json.dumps(config).encode()
config_digest = hashlib.sha256(config_bytes).hexdigest()

with tarfile.open(os.path.join(out, "image.tar"), "w", format=tarfile.PAX_FORMAT) as archive:
    names = []
    for i in range(len(layers)):
        path = os.path.join(out, "layers", f"{i}.tar.gz")
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        name = f"blobs/sha256/{digest}"
        archive.add(path, arcname=name)
        names.append(name)
    add(archive, f"blobs/sha256/{config_digest}", config_bytes)
    manifest = [{"Config": f"blobs/sha256/{config_digest}", "RepoTags": ["bench/large:1"], "Layers": names}]
    add(archive, "manifest.json", json.dumps(manifest).encode())
print(f"uncompressed layers: {sum(len(d) for d in layers) >> 20} MiB", file=sys.stderr)
