#!/usr/bin/env python3
"""Writes the committed seed corpora of the fuzz targets (tests/fuzz/corpus/
<target>/), derived from corpus/articles.jsonl and the kinds of hostile input
of tests/test_hostile_queries.cpp. Deterministic: rerun after changing it and
commit the result.  Usage: tests/fuzz/make_seeds.py"""
import gzip
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARTICLES = [json.loads(line) for line in (ROOT / "corpus" / "articles.jsonl").open(encoding="utf-8")]


def short(article, body_chars=300):
    """An article of the corpus with its body cut: seeds stay small."""
    a = dict(article)
    a["body"] = a["body"][:body_chars]
    return a


def line(obj):
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def jsonl_seeds():
    a, b, c = (short(x) for x in ARTICLES[11:14])
    good = line(a) + b"\n" + line(b) + b"\n"
    yield "two_articles", good
    yield "two_articles_gzip", gzip.compress(good, mtime=0)
    yield "truncated_gzip", gzip.compress(good, mtime=0)[:-9]
    yield "crlf_and_blank_lines", line(c).replace(b"\\n", b"\\r\\n") + b"\r\n\r\n   \n" + line(a) + b"\r\n"
    yield "no_final_newline", line(b)
    yield "ascii_escapes", json.dumps(a, ensure_ascii=True).encode() + b"\n"
    yield "mixed_errors", b"\n".join([
        b'{"id": 7, "title": "Angka", "body": "id berupa angka"}',
        b'{"id": "x1", "title": ["bukan", "teks"], "body": "judul salah"}',
        b'{"id": "x2", "body": "   \\n\\t "}',
        b'{"id": "x3", "body": "isi \xff\xfe tidak sah"}',
        b'["bukan", "objek"]',
        b'{"id": "x4", "body": "tidak tertutup',
        b'{"id": "x5", "body": "tanggal aneh", "date": "9999-12-31"}',
        b'{"id": "x6", "body": "tanggal rusak", "date": "2024-02-30T25:61"}',
        b'{"id": "x7", "body": "null di mana-mana", "title": null, "source": null, "date": null}',
        b'{"id": "x8", "body": "escape \\u0000 \\ud83c\\udf0a \\u200b", "title": "\\"kutip\\""}',
        b'{"body": "tanpa id, ada url", "url": "https://contoh.test/a"}',
        b'{"body": "tanpa id dan url", "title": "Judul", "date": "2024-11-05"}',
    ]) + b"\n"
    yield "long_id_and_fields", line({"id": "i" * 300, "title": "T" * 400, "body": "kata " * 60,
                                      "source": "S" * 300, "category": "Kategori " * 40, "author": "Nama " * 50,
                                      "date": "2024-11-05T09:00:00+07:00"}) + b"\n"
    yield "long_word", line({"id": "w", "body": "a" * 500 + " Rp11.000 " + "é" * 200}) + b"\n"
    yield "utf8_body_cut", line({"id": "u", "body": "\U0001F30A" * 10 + " Korea Utara"}) + b"\n"


def query_seeds():
    # First byte: options (tests/fuzz/entry_points.h); '@' none, 'A' --all,
    # 'B' --facets, 'D' --sort date, 'H' stem capitalized, 'P' date range,
    # 'b' LM weighting with facets and --no-collapse.
    queries = [
        ("@", "pasukan Korea Utara Kursk"),
        ("B", "banjir"),
        ("A", "timnas sepak bola"),
        ("C", '"Korea Utara" -Ukraina'),
        ("@", "Kapan PBB dibentuk ?"),
        ("@", "Siapa menteri yang dilantik?"),
        ("@", "judul:banjir OR judul:longsor"),
        ("B", 'sumber:"Kabar Pagi" kategori:politik'),
        ("@", "penulis:\"Arief Santoso\" bank"),
        ("B", 'orang:"Lloyd Austin" organisasi:G7 lokasi:korut'),
        ("@", "lokasi:Kursk NOT organisasi:Pentagon"),
        ("P", "tanggal:2024-11-01..2024-11-30 harga"),
        ("@", "tanggal:2024-11 tanggal:..2024 tanggal:2024.. inflasi"),
        ("@", "tanggal:9999-12-31..0001 tanggal:2024-99"),
        ("@", "ban* pas* kor*"),
        ("@", "a* b* c* d* e* f* g* h* i* j* k* l*"),
        ("@", "(banjir OR gempa) AND (Maluku NOT Bandung)"),
        ("@", "harga XOR beras NEAR naik ADJ persen"),
        ("@", "+rupiah -dolar +\"suku bunga\""),
        ("@", "-Ukraina Kursk"),
        ("D", "Rp11.000 10.000 3,5 K-Pop 5/11 tentara-tentara"),
        ("H", "Pasukan Tentara Menyatakan"),
        ("@", "banjir \U0001F30A \U0001F600 \u200b\u202e gempa"),
        ("@", "banjir \x01\x02\x1f\x7f gempa"),
        ("@", "\"\" \" ( ) : :: :x judul: sumber:\"\" kategori:* \\ '"),
        ("@", "AND OR NOT XOR NEAR ADJ ( ) \" - + * : .. ~ ^ & | ! { } [ ]"),
        ("b", "yang di dan apakah berapa"),
        ("`", "Presiden lantik menteri kabinet"),
        ("!", "gempa magnitudo"),
        ("\x90", "pemilu AS Trump"),
    ]
    for i, (options, text) in enumerate(queries):
        yield f"q{i:02d}", options.encode("latin-1") + text.encode("utf-8")
    yield "invalid_utf8", b"@banjir \xff\xfe Jakarta \xc3"
    yield "only_options", b"B"


def analyzer_seeds():
    for i in (0, 11, 14, 24):
        yield f"article{i:02d}", (ARTICLES[i]["title"] + "\n" + ARTICLES[i]["body"][:400]).encode("utf-8")
    yield "numbers_currency", "Rp11.000 rp5.000,50 RP 3,5 persen 10.000 2024-11-05 5/11 G7 U-20".encode()
    yield "reduplication", "tentara-tentara anak-anak berkali-kali K-Pop sehari-hari".encode()
    yield "nfkc_ignorables", "ｆｕｌｌ ｗｉｄｔｈ ﬁ ligatur ２０２４ zero\u200bwidth soft\u00adhyphen \ufeffBOM".encode()
    yield "emoji_scripts", "banjir \U0001F30A Jakarta 東京 Москва عربي \u202eRLO".encode()
    yield "entities", "Menteri Pertahanan AS Lloyd Austin mengatakan pasukan Korea Utara tiba di Kursk, kata Pentagon.".encode()
    yield "question", "Siapa yang dilantik menjadi Presiden Republik Indonesia pada 20 Oktober 2024?".encode()
    yield "invalid_utf8", b"kata \xff\xfe rusak \xc3 \xe2\x82 akhir \xed\xa0\x80"
    yield "control", b"banjir\x01\x02\tgempa\r\n\x0b\x0c\x1f\x7f"
    yield "long_word", ("a" * 300 + " " + "ber" + "kata" * 40 + "kan").encode()


def write(target, seeds):
    folder = HERE / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name, data in seeds:
        (folder / name).write_bytes(data)
    digest = hashlib.sha1(b"".join(p.read_bytes() for p in sorted(folder.iterdir()))).hexdigest()[:12]
    print(f"{target}: {len(list(folder.iterdir()))} seeds ({digest})")


write("jsonl_reader", jsonl_seeds())
write("query", query_seeds())
write("analyzer", analyzer_seeds())
