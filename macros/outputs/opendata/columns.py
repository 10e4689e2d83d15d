"""Indonesian titles of the open-data tables and descriptions of their columns.

Looked up by table name and column name; a column made from a map (``anggaran_2024``)
or a nested record (``luas_nilai``) is described from its parts. Anything not listed
falls back to its name in words, so a new data field is published at once and can be
described here later.
"""

from __future__ import annotations

TITLES: dict[str, str] = {
    "kota": "Profil kota",
    "kota-dokumen": "Identitas dokumen rencana induk",
    "kota-dokumen-riwayat": "Riwayat perubahan dokumen",
    "kota-kecamatan": "Kecamatan",
    "kota-penduduk": "Jumlah penduduk kota",
    "kota-statistik": "Statistik kota",
    "dimensi": "Dimensi kota cerdas",
    "dimensi-elemen": "Elemen setiap dimensi kota cerdas",
    "opd": "Perangkat daerah",
    "regulasi": "Dasar hukum",
    "program": "Program pengembangan (anggaran indikatif)",
    "program-indikator": "Indikator dan target program (indikatif)",
    "kesiapan-skala": "Skala tingkat kesiapan",
    "kesiapan-elemen": "Penilaian kesiapan daerah per elemen (indikatif)",
    "kesiapan-swot": "Analisis SWOT",
    "kesiapan-swot-kekuatan": "Analisis SWOT: kekuatan",
    "kesiapan-swot-kelemahan": "Analisis SWOT: kelemahan",
    "kesiapan-swot-peluang": "Analisis SWOT: peluang",
    "kesiapan-swot-ancaman": "Analisis SWOT: ancaman",
    "glosarium-istilah": "Daftar singkatan dan istilah",
    "tata-kelola-lembaga": "Lembaga pengelola kota cerdas",
    "tata-kelola-lembaga-anggota": "Keanggotaan lembaga pengelola",
    "tata-kelola-pihak-lain": "Pihak lain dalam tata kelola",
    "tata-kelola-kegiatan": "Pembagian peran kegiatan (RACI)",
    "visi-acuan": "Dokumen acuan visi",
    "visi": "Visi kota cerdas",
    "visi-misi": "Misi kota cerdas",
    "visi-strategi": "Strategi per dimensi",
    "visi-iku": "Indikator kinerja utama (target indikatif)",
    "visi-makna": "Makna frasa visi kota cerdas",
    "kesiapan-elemen-kesenjangan": "Kesenjangan kesiapan per elemen",
    "kesiapan-rencana-aksi": "Rencana aksi suprastruktur dan kelembagaan",
    "analisis-dimensi": "Analisis per dimensi: alasan prioritas program",
    "analisis-dimensi-kondisi": "Kondisi setiap dimensi dan sumbernya",
    "analisis-dimensi-isu": "Isu strategis per dimensi",
    "rujukan": "Daftar rujukan",
    "program-kegiatan": "Rencana kegiatan tahunan setiap program (indikatif)",
    "analisis-penilaian-prioritas": "Metode penilaian prioritas program",
    "analisis-penilaian-prioritas-skala": "Skala skor penilaian prioritas",
    "analisis-penilaian-prioritas-kriteria": "Kriteria penilaian prioritas program",
    "kesiapan-elemen-aspek": "Lembar penilaian kesiapan per aspek (indikatif)",
    "visi-tujuan": "Tujuan setiap misi kota cerdas",
    "visi-tujuan-sasaran": "Sasaran setiap tujuan dan IKU yang mengukurnya",
}

COLUMNS: dict[str, str] = {
    "id": "Kode unik baris",
    "nama": "Nama lengkap",
    "uraian": "Uraian singkat",
    "sumber": "Sumber data",
    "catatan": "Catatan",
    "keterangan": "Keterangan",
    "tahun": "Tahun (empat angka)",
    "jumlah": "Jumlah (jiwa)",
    "nilai": "Nilai angka",
    "satuan": "Satuan ukuran",
    "singkatan": "Singkatan resmi",
    "jenis": "Jenis atau kategori",
    "nomor": "Nomor peraturan",
    "judul": "Judul atau perihal",
    "tanggal": "Tanggal (TTTT-BB-HH)",
    "versi": "Nomor versi",
    "slug": "Nama pendek untuk nama berkas",
    "penyusun": "Penyusun dokumen",
    "periode_mulai": "Tahun pertama masa rencana",
    "periode_selesai": "Tahun terakhir masa rencana",
    "status": "Status",
    "nama_mirip": "Kode program lain yang namanya memang mirip, dipisah titik koma",
    "lisensi": "Lisensi isi",
    "provinsi": "Nama provinsi",
    "dasar_pembentukan": "Dasar hukum pembentukan kota",
    "regulasi": "Kode regulasi (lihat tabel regulasi)",
    "luas": "Luas wilayah",
    "jumlah_kelurahan": "Jumlah kelurahan",
    "jumlah_desa": "Jumlah desa",
    "penduduk": "Penduduk",
    "nama_indonesia": "Nama dalam bahasa Indonesia",
    "dimensi": "Kode dimensi kota cerdas (lihat tabel dimensi)",
    "elemen": "Kode elemen (lihat tabel elemen)",
    "opd_pengampu": "Kode OPD pengampu (lihat tabel opd)",
    "opd_pendukung": "Kode OPD pendukung, dipisah titik koma",
    "opd": "Kode OPD (lihat tabel opd)",
    "jangka": "Jangka waktu: pendek, menengah atau panjang",
    "tahun_mulai": "Tahun mulai",
    "tahun_selesai": "Tahun selesai",
    "anggaran": "Anggaran indikatif (rupiah)",
    "sumber_dana": "Porsi sumber dana (persen)",
    "quick_win": "Program percepatan (ya/tidak)",
    "ruang_lingkup": "Ruang lingkup",
    "risiko": "Risiko, dipisah titik koma",
    "baseline": "Nilai dasar",
    "target": "Target indikatif",
    "sumber_verifikasi": "Sumber verifikasi capaian",
    "program_id": "Kode program induk",
    "dimensi_id": "Kode dimensi induk",
    "lembaga_id": "Kode lembaga induk",
    "elemen_id": "Kode elemen kesiapan induk",
    "tujuan_id": "Kode tujuan induk",
    "tingkat": "Tingkat kesiapan",
    "skor": "Skor penilaian (indikatif)",
    "skor_minimal": "Skor terendah untuk tingkat ini",
    "cakupan": "Cakupan penilaian",
    "temuan": "Temuan, dipisah titik koma",
    "kesenjangan": "Kesenjangan, dipisah titik koma",
    "istilah": "Istilah atau singkatan",
    "arti": "Arti",
    "jabatan": "Jabatan",
    "kedudukan": "Kedudukan dalam lembaga",
    "tugas": "Tugas, dipisah titik koma",
    "peran": "Peran RACI (R pelaksana, A penanggung jawab, C dimintai pendapat, I diberi tahu)",
    "dokumen": "Dokumen",
    "visi": "Rumusan visi",
    "rumusan": "Rumusan",
    "selaras_dengan": "Kode dokumen acuan yang diselaraskan",
    "arah": "Arah kebijakan, dipisah titik koma",
    "frasa": "Frasa",
    "identitas": "Tampilan situs web",
    "warna_utama": "Warna utama (kode heksadesimal)",
    "warna_aksen": "Warna aksen (kode heksadesimal)",
    "logo": "Berkas logo di folder docs/",
    "penerbit": "Penerbit sumber",
    "tautan": "Alamat web sumber",
    "ditetapkan": "Tanggal penetapan (TTTT-BB-HH)",
    "diukur": "Rencana pengukuran",
    "cara": "Cara pengukuran",
    "oleh": "Kode OPD pengukur (lihat tabel opd)",
    "menjawab": "Kode kesenjangan atau isu strategis yang dijawab, dipisah titik koma",
    "alasan_sumber_dana": "Alasan sumber dana selain APBD",
    "prioritas": "Alasan pemilihan dan urutan program",
    "kondisi": "Kondisi",
    "rujukan": "Kode rujukan (lihat tabel rujukan), dipisah titik koma",
    "sitasi": "Teks kutipan singkat",
    "penulis": "Penulis atau penerbit",
    "terbitan": "Terbitan",
    "kegiatan": "Kegiatan",
    "keluaran": "Keluaran yang menandai kegiatan selesai",
    "skor_prioritas": "Skor prioritas (penilaian tim penyusun, 1–3)",
    "waktu": "Waktu, bila tanggalnya tidak tercatat",
    "kelompok": "Kelompok: dasar (dasar penyusunan) atau pijakan (pijakan program)",
    "perubahan": "Perubahan peraturan",
    "belanja_apbd": "Belanja daerah",
    "metode": "Metode",
    "skala": "Skala",
    "kriteria": "Kriteria",
    "dicocokkan": "Tempat judul dicocokkan: jdih, naskah, kutipan (peraturan lain) atau sekunder",
    "aspek": "Aspek penilaian",
    "alasan": "Alasan skor",
    "misi": "Kode misi (lihat tabel misi)",
    "iku": "Kode IKU yang mengukur sasaran, dipisah titik koma",
    "pemberi": "Pemberi hibah atau dana mitra",
    "bagian_dari": "Keseluruhan yang dibagi (bagian-bagiannya paling banyak 100 persen)",
    "penanda_tangan": "Jabatan penanda tangan Kata Pengantar",
    "belanja_apbd_terdahulu": "Belanja daerah tahun terdahulu (pembanding skala)",
}

TABLE_COLUMNS: dict[tuple[str, str], str] = {
    ("program", "status"): "Status pelaksanaan: usulan, persiapan, berjalan atau selesai",
    ("program-indikator", "jenis"): "Jenis indikator: output atau outcome",
    ("kota-dokumen", "status"): "Status dokumen: draf atau final",
    ("program-indikator", "baseline_status"): (
        "Asal nilai dasar: perkiraan (tim penyusun), belum_ada (layanan belum ada) atau belum_tersedia"
    ),
    ("visi-iku", "baseline_status"): (
        "Asal nilai dasar: perkiraan (tim penyusun), belum_ada (layanan belum ada) atau belum_tersedia"
    ),
    ("visi-iku", "indikator"): "Kode indikator program yang dinyatakan ulang (nilai dasar dan target dari sana)",
}


def table_title(name: str) -> str:
    return TITLES.get(name) or name.replace("-", " ").capitalize()


def column_text(table: str, column: str) -> str:
    """Indonesian description of ``column`` of ``table``; its name in words if not listed."""
    return described(table, column) or column.replace("_", " ").capitalize()


def described(table: str, column: str) -> str | None:
    """The listed description of a column, or ``None`` when nothing here describes it."""
    if (table, column) in TABLE_COLUMNS:
        return TABLE_COLUMNS[(table, column)]
    if column in COLUMNS:
        return COLUMNS[column]
    parts = column.split("_")
    for cut in range(len(parts) - 1, 0, -1):  # longest known head first: dasar_pembentukan + tanggal
        head, tail = "_".join(parts[:cut]), "_".join(parts[cut:])
        if head not in COLUMNS:
            continue
        if tail.isdigit() and len(tail) == 4:
            return f"{COLUMNS[head]}, tahun {tail}"
        if tail in COLUMNS:
            return f"{COLUMNS[head]}: {COLUMNS[tail][0].lower()}{COLUMNS[tail][1:]}"
        return f"{COLUMNS[head]}: {tail}"
    return None
