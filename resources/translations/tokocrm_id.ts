<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi masalah</translation>
    </message>
    <message>
        <source>TokoCRM hit an unexpected problem: {error}</source>
        <translation>TokoCRM mengalami masalah tak terduga: {error}</translation>
    </message>
    <message>
        <source>Nothing you saved before this was lost. Details are in {log}</source>
        <translation>Data yang sudah tersimpan sebelumnya tetap aman. Rinciannya ada di {log}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not built yet.</source>
        <translation>Belum tersedia.</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Find a member by card, phone or name, record purchases, award and redeem points.</source>
        <translation>Cari member lewat kartu, nomor HP atau nama, catat pembelian, beri dan tukar poin.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Browse, search and edit every member.</source>
        <translation>Lihat, cari dan ubah data semua member.</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Poin &amp; Hadiah</translation>
    </message>
    <message>
        <source>Points, tiers, rewards and the loyalty rules.</source>
        <translation>Poin, level member, hadiah dan aturan poin.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Customer feedback and complaint cases.</source>
        <translation>Masukan pelanggan dan penanganan keluhan.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Segments, sales and loyalty at a glance.</source>
        <translation>Segmen pelanggan, penjualan dan poin dalam sekilas pandang.</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>Impor/Ekspor</translation>
    </message>
    <message>
        <source>Bring member lists in from Excel and export spreadsheets for the books.</source>
        <translation>Masukkan daftar member dari Excel dan ekspor laporan untuk pembukuan.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About TokoCRM</source>
        <translation>&amp;Tentang TokoCRM</translation>
    </message>
    <message>
        <source>Database: {location} (schema {revision})</source>
        <translation>Database: {location} (skema {revision})</translation>
    </message>
    <message>
        <source>About TokoCRM</source>
        <translation>Tentang TokoCRM</translation>
    </message>
    <message>
        <source>TokoCRM {version}
Customer relationships for small shops.</source>
        <translation>TokoCRM {version}
Kelola pelanggan untuk toko kecil.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation>Berkas database {path} tidak bisa dibaca: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a TokoCRM database. The file was left untouched.</source>
        <translation>{path} bukan database TokoCRM. Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>{path} belongs to another program. The file was left untouched.</source>
        <translation>{path} milik program lain. Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer TokoCRM (schema {revision}). Please install the newest TokoCRM.</source>
        <translation>Database {path} dibuat oleh TokoCRM yang lebih baru (skema {revision}). Silakan pasang TokoCRM versi terbaru.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Database {path} tidak bisa dibuka: {reason}</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}.</source>
        <translation>{user} ({role}) tidak berhak: {action}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The new language is used the next time TokoCRM starts.</source>
        <translation>Bahasa baru dipakai saat TokoCRM dibuka lagi.</translation>
    </message>
</context>
</TS>
