<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Meja kasir</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Yang diubah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Every event the filters select, oldest first.</source>
        <translation>Semua aktivitas sesuai filter, dari yang terlama.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation>Periode berakhir sebelum dimulai: periksa tanggalnya.</translation>
    </message>
    <message>
        <source>audit-trail-{day}.xlsx</source>
        <translation>jejak-audit-{day}.xlsx</translation>
    </message>
    <message>
        <source>Save the audit trail as</source>
        <translation>Simpan jejak audit sebagai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Showing the newest {count} events only. Narrow the filters, or export, to see the older ones.</source>
        <translation>Hanya {count} aktivitas terbaru yang ditampilkan. Persempit filter, atau ekspor, untuk melihat yang lebih lama.</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Logged in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Pengguna diubah</translation>
    </message>
    <message>
        <source>Member edited</source>
        <translation>Data member diubah</translation>
    </message>
    <message>
        <source>Members merged</source>
        <translation>Member digabung</translation>
    </message>
    <message>
        <source>Member erased</source>
        <translation>Data member dihapus</translation>
    </message>
    <message>
        <source>Member&apos;s data exported</source>
        <translation>Data member diekspor</translation>
    </message>
    <message>
        <source>Purchase voided</source>
        <translation>Pembelian dibatalkan</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Poin dikoreksi</translation>
    </message>
    <message>
        <source>Loyalty rules changed</source>
        <translation>Aturan poin diubah</translation>
    </message>
    <message>
        <source>Reward added</source>
        <translation>Hadiah ditambahkan</translation>
    </message>
    <message>
        <source>Reward changed</source>
        <translation>Hadiah diubah</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation>Spreadsheet diimpor</translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>Spreadsheet diekspor</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Database dipulihkan</translation>
    </message>
    <message>
        <source>Shop moved to PostgreSQL</source>
        <translation>Toko dipindahkan ke PostgreSQL</translation>
    </message>
    <message>
        <source>Purchase summaries rebuilt</source>
        <translation>Ringkasan pembelian dibangun ulang</translation>
    </message>
    <message>
        <source>user {key}</source>
        <translation>pengguna {key}</translation>
    </message>
    <message>
        <source>member {key}</source>
        <translation>member {key}</translation>
    </message>
    <message>
        <source>purchase {key}</source>
        <translation>pembelian {key}</translation>
    </message>
    <message>
        <source>reward {key}</source>
        <translation>hadiah {key}</translation>
    </message>
    <message>
        <source>message template {key}</source>
        <translation>templat pesan {key}</translation>
    </message>
    <message>
        <source>follow-up: {key}</source>
        <translation>tindak lanjut: {key}</translation>
    </message>
    <message>
        <source>this counter</source>
        <translation>meja kasir ini</translation>
    </message>
    <message>
        <source>the shop&apos;s branches</source>
        <translation>daftar cabang toko</translation>
    </message>
    <message>
        <source>shop name</source>
        <translation>nama toko</translation>
    </message>
    <message>
        <source>logo on member cards</source>
        <translation>logo di kartu member</translation>
    </message>
    <message>
        <source>card number prefix</source>
        <translation>awalan nomor kartu</translation>
    </message>
    <message>
        <source>lock after idle minutes</source>
        <translation>kunci setelah menit tanpa aktivitas</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>folder cadangan</translation>
    </message>
    <message>
        <source>hours to answer a complaint</source>
        <translation>batas jam menjawab keluhan</translation>
    </message>
    <message>
        <source>segment rules</source>
        <translation>aturan segmen</translation>
    </message>
    <message>
        <source>loyalty rules</source>
        <translation>aturan poin</translation>
    </message>
    <message>
        <source>product categories</source>
        <translation>kategori produk</translation>
    </message>
    <message>
        <source>feedback categories</source>
        <translation>kategori masukan</translation>
    </message>
    <message>
        <source>members&apos; purchase summaries</source>
        <translation>ringkasan pembelian member</translation>
    </message>
    <message>
        <source>members</source>
        <translation>member</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>pembelian</translation>
    </message>
    <message>
        <source>points ledger</source>
        <translation>mutasi poin</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>masukan</translation>
    </message>
    <message>
        <source>monthly bookkeeping</source>
        <translation>pembukuan bulanan</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>jejak audit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Yang diubah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>TokoCRM backs the shop up here once a day when it starts, keeping the newest backup of each of the last 14 days and 12 months. A USB disk or a synced folder keeps them safe when the counter PC&apos;s disk dies.</source>
        <translation>TokoCRM mencadangkan data toko ke sini sekali sehari saat dibuka, dan menyimpan cadangan terbaru dari tiap 14 hari dan 12 bulan terakhir. Flashdisk/hard disk USB atau folder yang tersinkron menjaganya tetap aman bila disk PC kasir rusak.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <source>Backups go to {folder} from now on.</source>
        <translation>Mulai sekarang cadangan disimpan di {folder}.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sudah dicadangkan ke {path}.</translation>
    </message>
</context>
<context>
    <name>BranchPicker</name>
    <message>
        <source>All branches</source>
        <translation>Semua cabang</translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message>
        <source>No new cards: every active member&apos;s card was printed.</source>
        <translation>Tidak ada kartu baru: kartu setiap member aktif sudah dicetak.</translation>
    </message>
    <message>
        <source>{count} cards are too many to preview at once: save them as a PDF and print that.</source>
        <translation>{count} kartu terlalu banyak untuk ditampilkan sekaligus: simpan sebagai PDF, lalu cetak PDF itu.</translation>
    </message>
    <message>
        <source>Save the member cards as</source>
        <translation>Simpan kartu member sebagai</translation>
    </message>
    <message>
        <source>member-cards.pdf</source>
        <translation>kartu-member.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the cards…</source>
        <translation>Menyiapkan kartu…</translation>
    </message>
    <message>
        <source>Printed 1 card.</source>
        <translation>1 kartu dicetak.</translation>
    </message>
    <message>
        <source>Printed {count} cards.</source>
        <translation>{count} kartu dicetak.</translation>
    </message>
    <message>
        <source>Saved {path} (cards: {cards}, A4 sheets: {sheets}).</source>
        <translation>Tersimpan: {path} (kartu: {cards}, lembar A4: {sheets}).</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Dihentikan; tidak ada file yang dibuat.</translation>
    </message>
    <message>
        <source>The cards could not be written: {error}</source>
        <translation>Kartu gagal dibuat: {error}</translation>
    </message>
    <message>
        <source>Print member cards</source>
        <translation>Cetak kartu member</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Kartu member</translation>
    </message>
</context>
<context>
    <name>CardSettings</name>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>The shop&apos;s logo and name are printed on every member card. Choose a PNG or JPEG picture; a large one is made smaller.</source>
        <translation>Logo dan nama toko dicetak di setiap kartu member. Pilih gambar PNG atau JPEG; gambar yang besar akan diperkecil.</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Kartu member</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Tidak bisa membaca {path}: {reason}</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Logo tersimpan.</translation>
    </message>
    <message>
        <source>Siti Aminah</source>
        <translation>Siti Aminah</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Pilih logo toko</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Logo dihapus.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Select a case in the list.</source>
        <translation>Pilih kasus di daftar.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation>Mau merekomendasikan (0-10)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ditangani oleh</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai tangani</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Siapa yang menangani</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <source>What the shop answered</source>
        <translation>Jawaban toko</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tugaskan ke</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Work started.</source>
        <translation>Penanganan dimulai.</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Sudah ditugaskan.</translation>
    </message>
    <message>
        <source>No one is assigned now.</source>
        <translation>Sekarang belum ada yang ditugaskan.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Sudah diselesaikan.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Dibuka lagi.</translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>Balasan tersimpan.</translation>
    </message>
    <message>
        <source>Case {id} · {status} · due {due}</source>
        <translation>Kasus {id} · {status} · batas {due}</translation>
    </message>
    <message>
        <source>{case} · Overdue</source>
        <translation>{case} · Terlambat</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} oleh {who}</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>{when} · {event} by {who}</source>
        <translation>{when} · {event} oleh {who}</translation>
    </message>
    <message>
        <source>{when} · {channel} by {who}: {text}</source>
        <translation>{when} · {channel} oleh {who}: {text}</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Alasan dibuka lagi</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Cara penyelesaiannya</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Simpan sebagai PNG…</translation>
    </message>
    <message>
        <source>Save the chart as</source>
        <translation>Simpan grafik sebagai</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Scan a card, or type a phone number or name (F2)</source>
        <translation>Scan kartu, atau ketik no. HP atau nama (F2)</translation>
    </message>
    <message>
        <source>New member (F3)</source>
        <translation>Member baru (F3)</translation>
    </message>
    <message>
        <source>Feedback (F7)</source>
        <translation>Masukan (F7)</translation>
    </message>
    <message>
        <source>Shift+F7: feedback from a walk-in customer</source>
        <translation>Shift+F7: masukan dari pelanggan umum (bukan member)</translation>
    </message>
    <message>
        <source>Profile (F4)</source>
        <translation>Profil (F4)</translation>
    </message>
    <message>
        <source>Scan a member card or search above. No card yet? Press F3 to register.</source>
        <translation>Scan kartu member atau cari di atas. Belum punya kartu? Tekan F3 untuk daftar.</translation>
    </message>
    <message>
        <source>No member found. Press F3 to register.</source>
        <translation>Member tidak ditemukan. Tekan F3 untuk daftar.</translation>
    </message>
    <message>
        <source>Recorded {amount} for {name} after {discount} off with points: +{points} points.</source>
        <translation>Pembelian {amount} untuk {name} tercatat, setelah potongan poin {discount}: +{points} poin.</translation>
    </message>
    <message>
        <source>Recorded {amount} for {name}: +{points} points.</source>
        <translation>Pembelian {amount} untuk {name} tercatat: +{points} poin.</translation>
    </message>
    <message>
        <source>{reward} redeemed for {name}: {points} points used, {left} left.</source>
        <translation>{reward} ditukar untuk {name}: {points} poin terpakai, sisa {left}.</translation>
    </message>
    <message>
        <source>Registered {name}, card {card}.</source>
        <translation>{name} terdaftar, kartu {card}.</translation>
    </message>
</context>
<context>
    <name>CounterSettings</name>
    <message>
        <source>None: the shop has one place</source>
        <translation>Tidak ada: toko hanya punya satu tempat</translation>
    </message>
    <message>
        <source>Save counter name</source>
        <translation>Simpan nama meja kasir</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Meja kasir</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Only the owner names the counter.</source>
        <translation>Hanya pemilik yang bisa memberi nama meja kasir.</translation>
    </message>
    <message>
        <source>Saved. Purchases, points and feedback are recorded as {till} at {branch} from the next login (F12).</source>
        <translation>Tersimpan. Pembelian, poin, dan masukan dicatat sebagai {till} di {branch} mulai saat masuk berikutnya (F12).</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>toko</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>New members</source>
        <translation>Member baru</translation>
    </message>
    <message>
        <source>New purchases</source>
        <translation>Pembelian baru</translation>
    </message>
    <message>
        <source>Members updated</source>
        <translation>Member diperbarui</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Only the owner and the bookkeeper see the dashboard.</source>
        <translation>Hanya pemilik dan bagian pembukuan yang bisa melihat dasbor.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <source>Computing the dashboard for the first time…</source>
        <translation>Menghitung dasbor untuk pertama kali…</translation>
    </message>
    <message>
        <source>As of {day}, the 30 days up to it against the 30 before. Click a segment in a chart to see its members.</source>
        <translation>Per {day}, 30 hari sampai hari itu dibanding 30 hari sebelumnya. Klik segmen di grafik untuk melihat membernya.</translation>
    </message>
    <message>
        <source>As of {day}, {branch}: its sales and feedback in the 30 days up to it against the 30 before. Members, points, segments and charts are the whole shop&apos;s.</source>
        <translation>Per {day}, {branch}: penjualan dan masukannya dalam 30 hari sampai hari itu dibanding 30 hari sebelumnya. Member, poin, segmen, dan grafik selalu untuk seluruh toko.</translation>
    </message>
    <message>
        <source>Stopped; showing the last result.</source>
        <translation>Dihentikan; menampilkan hasil terakhir.</translation>
    </message>
    <message>
        <source>Stopped before anything was computed.</source>
        <translation>Dihentikan sebelum ada yang dihitung.</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: {error}</source>
        <translation>Dasbor gagal dihitung: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message>
        <source>Members who bought (30 days)</source>
        <translation>Member yang belanja (30 hari)</translation>
    </message>
    <message>
        <source>New members (30 days)</source>
        <translation>Member baru (30 hari)</translation>
    </message>
    <message>
        <source>Revenue from members (30 days)</source>
        <translation>Penjualan ke member (30 hari)</translation>
    </message>
    <message>
        <source>Visits by members (30 days)</source>
        <translation>Kunjungan member (30 hari)</translation>
    </message>
    <message>
        <source>Bought only once</source>
        <translation>Baru sekali belanja</translation>
    </message>
    <message>
        <source>Buyers who came back</source>
        <translation>Pembeli yang datang lagi</translation>
    </message>
    <message>
        <source>Kept over 90 days</source>
        <translation>Bertahan selama 90 hari</translation>
    </message>
    <message>
        <source>New members who bought (90 days)</source>
        <translation>Member baru yang belanja (90 hari)</translation>
    </message>
    <message>
        <source>Members without a phone</source>
        <translation>Member tanpa nomor HP</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>Nilai poin beredar</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Keluhan belum selesai</translation>
    </message>
    <message>
        <source>Overdue complaints</source>
        <translation>Keluhan terlambat</translation>
    </message>
    <message>
        <source>Average rating (30 days)</source>
        <translation>Rating rata-rata (30 hari)</translation>
    </message>
    <message>
        <source>no earlier figure to compare</source>
        <translation>belum ada angka sebelumnya untuk dibandingkan</translation>
    </message>
    <message>
        <source>= the same as the 30 days before</source>
        <translation>= sama dengan 30 hari sebelumnya</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} poin</translation>
    </message>
    <message>
        <source>{arrow} {amount} on the 30 days before</source>
        <translation>{arrow} {amount} dibanding 30 hari sebelumnya</translation>
    </message>
    <message>
        <source>Segments now</source>
        <translation>Segmen saat ini</translation>
    </message>
    <message>
        <source>Segments at each month&apos;s end</source>
        <translation>Segmen di setiap akhir bulan</translation>
    </message>
    <message>
        <source>Revenue by segment per month</source>
        <translation>Penjualan per segmen per bulan</translation>
    </message>
    <message>
        <source>Predicted value, next 12 months</source>
        <translation>Perkiraan belanja, 12 bulan ke depan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Predicted 12-month value</source>
        <translation>Perkiraan belanja 12 bulan</translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short for a prediction yet.</source>
        <translation>Riwayat toko belum cukup panjang untuk perkiraan.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Periksa sebelum impor</translation>
    </message>
    <message>
        <source>Nothing is saved yet: this is what the import would do with each row. The first rows are shown as they will be saved.</source>
        <translation>Belum ada yang disimpan: ini yang akan dilakukan impor pada setiap baris. Baris-baris pertama ditampilkan seperti yang akan disimpan.</translation>
    </message>
    <message>
        <source>Award &amp;points for these purchases by today&apos;s loyalty rules</source>
        <translation>Berikan &amp;poin untuk pembelian ini menurut aturan poin yang berlaku sekarang</translation>
    </message>
    <message>
        <source>Rows that are members already:</source>
        <translation>Baris yang sudah menjadi member:</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Lewati</translation>
    </message>
    <message>
        <source>&amp;Fill their empty fields</source>
        <translation>Isi &amp;data yang masih kosong</translation>
    </message>
    <message>
        <source>&amp;Overwrite with the file&apos;s values</source>
        <translation>&amp;Timpa dengan isi file</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Membaca semua baris…</translation>
    </message>
    <message>
        <source>Trying the import</source>
        <translation>Uji coba impor</translation>
    </message>
    <message>
        <source>{rows} rows read. Press Import to save them.</source>
        <translation>{rows} baris terbaca. Tekan Impor untuk menyimpannya.</translation>
    </message>
    <message>
        <source>The table shows the first {shown} and the rejected ones.</source>
        <translation>Tabel menampilkan {shown} baris pertama dan baris yang ditolak.</translation>
    </message>
    <message>
        <source>Opening points to bring over: {points}.</source>
        <translation>Poin awal yang akan dibawa: {points}.</translation>
    </message>
    <message>
        <source>Points to award: {points}.</source>
        <translation>Poin yang akan diberikan: {points}.</translation>
    </message>
    <message>
        <source>Dry run stopped.</source>
        <translation>Uji coba dihentikan.</translation>
    </message>
</context>
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
    <name>ExportPanel</name>
    <message>
        <source>Export for the books</source>
        <translation>Ekspor untuk pembukuan</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>for purchases, the points ledger, feedback and the month; members are the whole shop&apos;s</source>
        <translation>berlaku untuk pembelian, mutasi poin, masukan, dan pembukuan bulanan; daftar member selalu untuk seluruh toko</translation>
    </message>
    <message>
        <source>Export members…</source>
        <translation>Ekspor member…</translation>
    </message>
    <message>
        <source>Export purchases…</source>
        <translation>Ekspor pembelian…</translation>
    </message>
    <message>
        <source>Export points ledger…</source>
        <translation>Ekspor mutasi poin…</translation>
    </message>
    <message>
        <source>Export feedback…</source>
        <translation>Ekspor masukan…</translation>
    </message>
    <message>
        <source>Export the month…</source>
        <translation>Ekspor pembukuan…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Every member with points, tier, spend and last visit.</source>
        <translation>Semua member dengan poin, level, belanja, dan kunjungan terakhir.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Purchases made in the period; voided ones are marked.</source>
        <translation>Pembelian dalam periode ini; yang dibatalkan ditandai.</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>Mutasi poin</translation>
    </message>
    <message>
        <source>Every points entry made in the period.</source>
        <translation>Semua mutasi poin dalam periode ini.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Feedback given in the period, with its complaint case.</source>
        <translation>Masukan dalam periode ini, beserta kasus keluhannya.</translation>
    </message>
    <message>
        <source>Monthly bookkeeping</source>
        <translation>Pembukuan bulanan</translation>
    </message>
    <message>
        <source>Summary, one line per day, the month&apos;s purchases and points.</source>
        <translation>Ringkasan, satu baris per hari, serta pembelian dan poin bulan itu.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Buka file</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Simpan ekspor sebagai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>members-{day}.xlsx</source>
        <translation>member-{day}.xlsx</translation>
    </message>
    <message>
        <source>bookkeeping-{month}.xlsx</source>
        <translation>pembukuan-{month}.xlsx</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation>Periode berakhir sebelum dimulai: periksa tanggalnya.</translation>
    </message>
    <message>
        <source>purchases-{first}-to-{last}.xlsx</source>
        <translation>pembelian-{first}-sd-{last}.xlsx</translation>
    </message>
    <message>
        <source>feedback-{first}-to-{last}.xlsx</source>
        <translation>masukan-{first}-sd-{last}.xlsx</translation>
    </message>
    <message>
        <source>points-{first}-to-{last}.xlsx</source>
        <translation>mutasi-poin-{first}-sd-{last}.xlsx</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>What did the customer say?</source>
        <translation>Apa kata pelanggan?</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Rated 1 or 2: recorded as a complaint anyway.</source>
        <translation>Rating 1 atau 2: tetap dicatat sebagai keluhan.</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Simpan (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Rating (1-5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation>Mau merekomendasikan (0-10)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>About the last purchase ({amount}, {time})</source>
        <translation>Tentang pembelian terakhir ({amount}, {time})</translation>
    </message>
    <message>
        <source>Press 1 to 5 for the rating first.</source>
        <translation>Beri rating dulu: tekan 1 sampai 5.</translation>
    </message>
    <message>
        <source>Feedback saved.</source>
        <translation>Masukan tersimpan.</translation>
    </message>
    <message>
        <source>Feedback saved; complaint case opened, due {due}.</source>
        <translation>Masukan tersimpan; kasus keluhan dibuka, batas {due}.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Feedback from</source>
        <translation>Masukan dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Terbuka atau sedang ditangani</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Semua rating</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Rating rata-rata</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (rated 4 or 5)</source>
        <translation>CSAT (rating 4 atau 5)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Kasus terlambat</translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation>Median waktu selesai (jam)</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Selesai tepat waktu</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Satisfaction and complaint handling</source>
        <translation>Kepuasan dan penanganan keluhan</translation>
    </message>
    <message>
        <source>{count} ratings</source>
        <translation>{count} rating</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} jawaban</translation>
    </message>
    <message>
        <source>Past their due time</source>
        <translation>Melewati batas waktu</translation>
    </message>
</context>
<context>
    <name>FeedbackSettings</name>
    <message>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>Cases already open keep the due time they were given.</source>
        <translation>Kasus yang sudah terbuka tetap memakai batas waktunya.</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation>Simpan jam</translation>
    </message>
    <message>
        <source>Complaint cases</source>
        <translation>Kasus keluhan</translation>
    </message>
    <message>
        <source>Hours to resolve a complaint</source>
        <translation>Jam untuk menyelesaikan keluhan</translation>
    </message>
    <message>
        <source>New category, e.g. Parkir</source>
        <translation>Kategori baru, mis. Parkir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Feedback categories (untick to retire)</source>
        <translation>Kategori masukan (hapus centang untuk menonaktifkan)</translation>
    </message>
    <message>
        <source>A retired category is no longer offered; past feedback keeps it.</source>
        <translation>Kategori nonaktif tidak ditawarkan lagi; masukan lama tetap memakainya.</translation>
    </message>
    <message>
        <source>Saved: new complaint cases are due this many hours after they come in.</source>
        <translation>Tersimpan: kasus keluhan baru harus selesai dalam sekian jam setelah masuk.</translation>
    </message>
    <message>
        <source>Back to the hours in force.</source>
        <translation>Kembali ke jam yang berlaku.</translation>
    </message>
    <message>
        <source>Added: {name} can be chosen for new feedback.</source>
        <translation>Ditambahkan: {name} bisa dipilih untuk masukan baru.</translation>
    </message>
    <message>
        <source>{name} can be chosen again.</source>
        <translation>{name} bisa dipilih lagi.</translation>
    </message>
    <message>
        <source>Retired: {name} is no longer offered; past feedback keeps it.</source>
        <translation>Dinonaktifkan: {name} tidak ditawarkan lagi; masukan lama tetap memakainya.</translation>
    </message>
</context>
<context>
    <name>FeedbackTexts</name>
    <message>
        <source>At the counter</source>
        <translation>Di kasir</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Ulasan online</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang ditangani</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Mulai ditangani</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka lagi</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>Pelanggan umum</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Pilih file</translation>
    </message>
    <message>
        <source>A spreadsheet from Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or a CSV file. Nothing is saved until the last step.</source>
        <translation>Spreadsheet dari Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods), atau file CSV. Belum ada yang disimpan sampai langkah terakhir.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>File yang akan diimpor</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih file…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>Pilih spreadsheet yang akan diimpor</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Spreadsheet ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Membaca file</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Pembacaan dihentikan.</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>File tidak bisa dibaca: {error}</translation>
    </message>
    <message>
        <source>{file}: the table starts at cell {cell} of sheet {sheet}: {columns} columns, {rows} rows.</source>
        <translation>{file}: tabel mulai di sel {cell} pada sheet {sheet}: {columns} kolom, {rows} baris.</translation>
    </message>
    <message>
        <source>The workbook has {count} sheets; choose one next.</source>
        <translation>File ini punya {count} sheet; pilih salah satu di langkah berikutnya.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to TokoCRM</source>
        <translation>Selamat datang di TokoCRM</translation>
    </message>
    <message>
        <source>Name your shop and make the owner&apos;s account. The owner adds cashiers and bookkeepers later in Settings → Users.</source>
        <translation>Isi nama toko dan buat akun pemilik. Akun kasir dan bagian pembukuan bisa ditambahkan pemilik nanti di Pengaturan → Pengguna.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Owner&apos;s user name</source>
        <translation>Nama pengguna pemilik</translation>
    </message>
    <message>
        <source>Password (at least {count} characters)</source>
        <translation>Kata sandi (minimal {count} karakter)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Create and open</source>
        <translation>Buat dan buka</translation>
    </message>
    <message>
        <source>Quit TokoCRM</source>
        <translation>Keluar dari TokoCRM</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Kedua kata sandi berbeda; ketik ulang.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>Send on WhatsApp</source>
        <translation>Kirim lewat WhatsApp</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the message to paste it in another app.</source>
        <translation>Salin pesan untuk ditempel di aplikasi lain.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>WhatsApp could not be opened: is a web browser installed?</source>
        <translation>WhatsApp tidak bisa dibuka: apakah browser sudah terpasang?</translation>
    </message>
    <message>
        <source>follow-up-{list}-{day}.xlsx</source>
        <translation>tindak-lanjut-{list}-{day}.xlsx</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Simpan daftar sebagai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} member</translation>
    </message>
    <message>
        <source>Showing the first {count} members only; the export has them all.</source>
        <translation>Hanya {count} member pertama yang ditampilkan; hasil ekspor memuat semuanya.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>No message templates yet: the owner writes them in Settings, Messages.</source>
        <translation>Belum ada templat pesan: pemilik bisa membuatnya di Pengaturan, tab Pesan.</translation>
    </message>
    <message>
        <source>Nobody is due on this list today.</source>
        <translation>Hari ini tidak ada member di daftar ini.</translation>
    </message>
    <message>
        <source>Choose a member in the list.</source>
        <translation>Pilih member di daftar.</translation>
    </message>
    <message>
        <source>Choose a message.</source>
        <translation>Pilih pesan.</translation>
    </message>
    <message>
        <source>Opened in WhatsApp for {name}; noted on their timeline.</source>
        <translation>Dibuka di WhatsApp untuk {name}; dicatat di riwayat pesannya.</translation>
    </message>
    <message>
        <source>Copied for {name}; noted on their timeline.</source>
        <translation>Disalin untuk {name}; dicatat di riwayat pesannya.</translation>
    </message>
</context>
<context>
    <name>FollowUpTexts</name>
    <message>
        <source>Birthdays this week</source>
        <translation>Ulang tahun minggu ini</translation>
    </message>
    <message>
        <source>Birthdays this month</source>
        <translation>Ulang tahun bulan ini</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>Poin hangus dalam 30 hari ke depan</translation>
    </message>
    <message>
        <source>New members with no second visit</source>
        <translation>Member baru yang belum kembali</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko pergi</translation>
    </message>
    <message>
        <source>Former customers</source>
        <translation>Pelanggan yang sudah pergi</translation>
    </message>
    <message>
        <source>Complaint resolved in the last 7 days</source>
        <translation>Keluhan selesai 7 hari terakhir</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Hangus pada</translation>
    </message>
    <message>
        <source>Only visit</source>
        <translation>Satu-satunya kunjungan</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>Service message</source>
        <translation>Pesan layanan</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
    <message>
        <source>This member did not agree to receive offers: a promotion may not be sent to them. Choose a service message, or ask for their consent first.</source>
        <translation>Member ini tidak setuju menerima promo: pesan promo tidak boleh dikirim kepadanya. Pilih pesan layanan, atau minta persetujuannya dulu.</translation>
    </message>
    <message>
        <source>This member has no mobile number: copy the message to send it another way.</source>
        <translation>Member ini tidak punya nomor HP: salin pesannya untuk dikirim dengan cara lain.</translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation>nama member</translation>
    </message>
    <message>
        <source>their points</source>
        <translation>poinnya</translation>
    </message>
    <message>
        <source>their tier</source>
        <translation>levelnya</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>nama toko</translation>
    </message>
    <message>
        <source>when their next points expire</source>
        <translation>kapan poinnya akan hangus</translation>
    </message>
    <message>
        <source>the best reward their points buy now</source>
        <translation>hadiah terbaik yang bisa ditukar dengan poinnya sekarang</translation>
    </message>
    <message>
        <source>the category they buy most</source>
        <translation>kategori yang paling sering dibelinya</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import and export</source>
        <translation>Impor dan ekspor</translation>
    </message>
    <message>
        <source>Importing and exporting spreadsheets is for the owner and the bookkeeper.</source>
        <translation>Impor dan ekspor spreadsheet hanya untuk pemilik toko dan bagian pembukuan.</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>Impor member…</translation>
    </message>
    <message>
        <source>Import purchase history…</source>
        <translation>Impor riwayat pembelian…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>A member list from Excel, LibreOffice or another program (.xlsx, .xls, .ods, .csv), with opening points. You see what will happen to every row before anything is saved.</source>
        <translation>Daftar member dari Excel, LibreOffice, atau program lain (.xlsx, .xls, .ods, .csv), beserta poin awalnya. Sebelum ada yang disimpan, Anda bisa melihat apa yang akan terjadi pada setiap baris.</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Riwayat pembelian</translation>
    </message>
    <message>
        <source>Past purchases of members already in TokoCRM: member, date, amount, receipt number. Points are not awarded unless you ask for it.</source>
        <translation>Pembelian lama dari member yang sudah ada di TokoCRM: member, tanggal, total, nomor struk. Poin tidak diberikan kecuali diminta.</translation>
    </message>
    <message>
        <source>Bring spreadsheets in</source>
        <translation>Masukkan data dari spreadsheet</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation>Perubahan: {fields}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
</context>
<context>
    <name>ImportRunPages</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Terjadi kesalahan: {error}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation>Impor member</translation>
    </message>
    <message>
        <source>Import purchase history</source>
        <translation>Impor riwayat pembelian</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>TokoCRM: log in</source>
        <translation>TokoCRM: masuk</translation>
    </message>
    <message>
        <source>Locked. Log in to go on, or let the next cashier log in.</source>
        <translation>Terkunci. Masuk untuk melanjutkan, atau biarkan kasir berikutnya masuk.</translation>
    </message>
    <message>
        <source>Log in with your name and password or PIN.</source>
        <translation>Masuk dengan nama pengguna dan kata sandi atau PIN.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Kata sandi atau PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Quit TokoCRM</source>
        <translation>Keluar dari TokoCRM</translation>
    </message>
</context>
<context>
    <name>LoyaltyPage</name>
    <message>
        <source>Loyalty program</source>
        <translation>Program poin</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Poin diberikan</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Poin ditukar</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Poin hangus</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>Poin beredar</translation>
    </message>
    <message>
        <source>Outstanding liability</source>
        <translation>Nilai poin beredar</translation>
    </message>
    <message>
        <source>Members below zero</source>
        <translation>Member dengan poin minus</translation>
    </message>
    <message>
        <source>The owner changes the rules in Settings → Loyalty rules.</source>
        <translation>Pemilik toko mengubah aturan di Pengaturan → Aturan poin.</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>Aturan yang berlaku</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Rewards catalog</source>
        <translation>Katalog hadiah</translation>
    </message>
    <message>
        <source>Add reward…</source>
        <translation>Tambah hadiah…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Set stock</source>
        <translation>Atur stok</translation>
    </message>
    <message>
        <source>Selected reward:</source>
        <translation>Hadiah terpilih:</translation>
    </message>
    <message>
        <source>Reward added: {name}.</source>
        <translation>Hadiah ditambahkan: {name}.</translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation>{name} aktif lagi.</translation>
    </message>
    <message>
        <source>{name} is no longer offered.</source>
        <translation>{name} tidak ditawarkan lagi.</translation>
    </message>
    <message>
        <source>Stock of {name} set.</source>
        <translation>Stok {name} sudah diatur.</translation>
    </message>
    <message>
        <source>A void took back points they had already spent.</source>
        <translation>Pembatalan menarik kembali poin yang sudah mereka pakai.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
</context>
<context>
    <name>LoyaltyRulesEditor</name>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Rupiah per point</source>
        <translation>Rupiah per poin</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>Nilai 1 poin</translation>
    </message>
    <message>
        <source>Welcome bonus (points)</source>
        <translation>Bonus daftar (poin)</translation>
    </message>
    <message>
        <source>Birthday bonus (points)</source>
        <translation>Bonus ulang tahun (poin)</translation>
    </message>
    <message>
        <source>Referral bonus (points)</source>
        <translation>Bonus ajak teman (poin)</translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation>Poin hangus setelah (bulan)</translation>
    </message>
    <message>
        <source>Given once, when a member registers.</source>
        <translation>Diberikan sekali, saat member mendaftar.</translation>
    </message>
    <message>
        <source>Given once a year, in the member&apos;s birthday month.</source>
        <translation>Diberikan setahun sekali, di bulan ulang tahun member.</translation>
    </message>
    <message>
        <source>Given to the member who referred a friend and to the friend, each, at the friend&apos;s first purchase.</source>
        <translation>Diberikan kepada member yang mengajak teman dan kepada temannya, masing-masing, saat teman itu pertama kali belanja.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Tambah level</translation>
    </message>
    <message>
        <source>A member&apos;s tier follows what they paid in the last 12 months; the first tier starts at Rp 0. The multiplier raises the points earned: 1.25x gives 25% more.</source>
        <translation>Level member mengikuti total belanjanya 12 bulan terakhir; level pertama mulai dari Rp 0. Pengali menambah poin yang didapat: 1,25x berarti 25% lebih banyak.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Simpan aturan</translation>
    </message>
    <message>
        <source>Saved: effective from now; past points do not change.</source>
        <translation>Tersimpan: berlaku mulai sekarang; poin yang sudah ada tidak berubah.</translation>
    </message>
    <message>
        <source>Back to the rules in force.</source>
        <translation>Kembali ke aturan yang berlaku.</translation>
    </message>
</context>
<context>
    <name>LoyaltyTexts</name>
    <message>
        <source>{number}x</source>
        <translation>{number}x</translation>
    </message>
    <message>
        <source>Rupiah discount</source>
        <translation>Potongan Rupiah</translation>
    </message>
    <message>
        <source>Percent discount</source>
        <translation>Potongan persen</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Barang gratis</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>potongan {amount}</translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>potongan {percent}%</translation>
    </message>
    <message>
        <source>{percent}% off, at most {cap}</source>
        <translation>potongan {percent}%, maksimal {cap}</translation>
    </message>
    <message>
        <source>free item</source>
        <translation>barang gratis</translation>
    </message>
    <message>
        <source>1 point for every {amount} paid, rounded down.</source>
        <translation>1 poin untuk setiap belanja {amount}, dibulatkan ke bawah.</translation>
    </message>
    <message>
        <source>1 point is worth {amount} when a member pays with points; it also values the points still owed.</source>
        <translation>1 poin bernilai {amount} saat member membayar dengan poin; nilai ini juga dipakai untuk menghitung nilai poin yang beredar.</translation>
    </message>
    <message>
        <source>Points never expire.</source>
        <translation>Poin tidak pernah hangus.</translation>
    </message>
    <message>
        <source>Points expire {months} months after the day they were earned.</source>
        <translation>Poin hangus {months} bulan setelah tanggal didapat.</translation>
    </message>
    <message>
        <source>{name} from {amount} ({multiplier})</source>
        <translation>{name} mulai {amount} ({multiplier})</translation>
    </message>
    <message>
        <source>Bonuses: {welcome} points on joining, {birthday} in the birthday month, {referral} each to a referrer and the friend at the friend&apos;s first purchase.</source>
        <translation>Bonus: {welcome} poin saat daftar, {birthday} di bulan ulang tahun, {referral} masing-masing untuk yang mengajak dan temannya saat teman itu pertama kali belanja.</translation>
    </message>
    <message>
        <source>Tiers by spend in the last 12 months: {tiers}.</source>
        <translation>Level menurut belanja 12 bulan terakhir: {tiers}.</translation>
    </message>
    <message>
        <source>{field}: type a whole number of Rupiah, e.g. {example}</source>
        <translation>{field}: ketik angka Rupiah bulat, misalnya {example}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokoCRM: {user}</source>
        <translation>TokoCRM: {user}</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Poin &amp; Hadiah</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>Impor/Ekspor</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock or switch user</source>
        <translation>Kunci atau &amp;ganti pengguna</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
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
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>Daily points run</source>
        <translation>Proses poin harian</translation>
    </message>
    <message>
        <source>The daily points run failed; see the log.</source>
        <translation>Proses poin harian gagal; lihat log.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sudah dicadangkan ke {path}.</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Cadangan harian gagal: {reason}</translation>
    </message>
    <message>
        <source>Daily run: {points} points expired, {birthdays} birthday bonuses given.</source>
        <translation>Proses harian: {points} poin hangus, {birthdays} bonus ulang tahun diberikan.</translation>
    </message>
    <message>
        <source>Daily run stopped; the rest is done at the next start. {done}</source>
        <translation>Proses harian dihentikan; sisanya dikerjakan saat aplikasi dibuka lagi. {done}</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <source>Say what each column holds. Several columns can go into the name (first and last name) or the address (street, city, post code); for any other field the first filled column is used.</source>
        <translation>Tentukan isi setiap kolom. Beberapa kolom bisa digabung menjadi nama (nama depan dan belakang) atau alamat (jalan, kota, kode pos); untuk data lain dipakai kolom pertama yang terisi.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Judul di file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Masuk ke</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <source>Column {letter} goes into</source>
        <translation>Kolom {letter} masuk ke</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Sheet {sheet}, header on row {row}. These are the fields you chose the last time a file with these columns was imported; change any that is wrong.</source>
        <translation>Sheet {sheet}, judul di baris {row}. Ini pilihan Anda saat terakhir mengimpor file dengan kolom yang sama; ubah yang salah.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, header on row {row}. The fields are guessed from the headers; change any that is wrong.</source>
        <translation>Sheet {sheet}, judul di baris {row}. Isinya ditebak dari judul kolom; ubah yang salah.</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>{tier} member</source>
        <translation>Member {tier}</translation>
    </message>
</context>
<context>
    <name>MemberFeedback</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>Tambah masukan…</translation>
    </message>
    <message>
        <source>{status} · overdue</source>
        <translation>{status} · terlambat</translation>
    </message>
    <message>
        <source>{count} replies, last: {text}</source>
        <translation>{count} balasan, terakhir: {text}</translation>
    </message>
    <message>
        <source>{time} · {channel} · {who}: {text}</source>
        <translation>{time} · {channel} · {who}: {text}</translation>
    </message>
</context>
<context>
    <name>MemberMessages</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Dikirim oleh</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Meja kasir</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>No messages were sent to this member yet.</source>
        <translation>Belum ada pesan yang dikirim ke member ini.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(dihapus)</translation>
    </message>
</context>
<context>
    <name>MemberPrivacy</name>
    <message>
        <source>Export the member&apos;s data…</source>
        <translation>Ekspor data member…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Hapus atas permintaan…</translation>
    </message>
    <message>
        <source>Why (e.g. the customer asked by WhatsApp)</source>
        <translation>Alasan (mis. pelanggan minta lewat WhatsApp)</translation>
    </message>
    <message>
        <source>Erase personal data for good</source>
        <translation>Hapus data pribadi selamanya</translation>
    </message>
    <message>
        <source>member-{card}.xlsx</source>
        <translation>member-{card}.xlsx</translation>
    </message>
    <message>
        <source>Save the member&apos;s data as</source>
        <translation>Simpan data member sebagai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Erased. The purchases stay, without a name.</source>
        <translation>Sudah dihapus. Pembeliannya tetap ada, tanpa nama.</translation>
    </message>
</context>
<context>
    <name>MemberProfileDialog</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>Setuju menerima promo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Data member</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Diajak oleh</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Ringkasan belanja</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Total belanja</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Rata-rata belanja</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Kunjungan pertama</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>Kategori favorit</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Jumlah barang</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Why is this purchase voided?</source>
        <translation>Kenapa pembelian ini dibatalkan?</translation>
    </message>
    <message>
        <source>Void purchase</source>
        <translation>Batalkan pembelian</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Cetak kartu…</translation>
    </message>
    <message>
        <source>Erased member</source>
        <translation>Member yang datanya dihapus</translation>
    </message>
    <message>
        <source>Member {card}: {name}</source>
        <translation>Member {card}: {name}</translation>
    </message>
    <message>
        <source>Agrees to receive offers (since {day})</source>
        <translation>Setuju menerima promo (sejak {day})</translation>
    </message>
    <message>
        <source>Merged into another member</source>
        <translation>Sudah digabung ke member lain</translation>
    </message>
    <message>
        <source>{name} (card {card})</source>
        <translation>{name} (kartu {card})</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>Dibatalkan: {reason}</translation>
    </message>
    <message>
        <source>Nothing to save: no field was changed.</source>
        <translation>Tidak ada yang disimpan: tidak ada data yang diubah.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Purchase voided.</source>
        <translation>Pembelian dibatalkan.</translation>
    </message>
</context>
<context>
    <name>MemberSummary</name>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Segera hangus</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Total belanja</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Rata-rata belanja</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>Kategori favorit</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Card {card} · {phone} · member since {day}</source>
        <translation>Kartu {card} · {phone} · member sejak {day}</translation>
    </message>
    <message>
        <source>Card {card} · no phone · member since {day}</source>
        <translation>Kartu {card} · tanpa HP · member sejak {day}</translation>
    </message>
    <message>
        <source>Inactive member</source>
        <translation>Member tidak aktif</translation>
    </message>
    <message>
        <source>{tier} · {amount} more to {next}</source>
        <translation>{tier} · {amount} lagi ke {next}</translation>
    </message>
    <message>
        <source>{points} points by {day}</source>
        <translation>{points} poin pada {day}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Ada keluhan belum selesai</translation>
    </message>
    <message>
        <source>{count} open complaints</source>
        <translation>{count} keluhan belum selesai</translation>
    </message>
    <message>
        <source>This member has {count} unresolved complaint case(s).</source>
        <translation>Member ini punya {count} kasus keluhan yang belum selesai.</translation>
    </message>
    <message>
        <source>Warning: {badge}</source>
        <translation>Perhatian: {badge}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Card, phone or part of a name</source>
        <translation>Kartu, no. HP, atau sebagian nama</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Buka profil</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>Select exactly two members to merge them.</source>
        <translation>Pilih tepat dua member untuk digabungkan.</translation>
    </message>
    <message>
        <source>Print cards of the selected members…</source>
        <translation>Cetak kartu member terpilih…</translation>
    </message>
    <message>
        <source>Save cards of the selected members as PDF…</source>
        <translation>Simpan kartu member terpilih sebagai PDF…</translation>
    </message>
    <message>
        <source>Print new cards…</source>
        <translation>Cetak kartu baru…</translation>
    </message>
    <message>
        <source>Save new cards as PDF…</source>
        <translation>Simpan kartu baru sebagai PDF…</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Kartu member</translation>
    </message>
    <message>
        <source>Merged into {name} (card {card}).</source>
        <translation>Digabung ke {name} (kartu {card}).</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 member</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} member</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two members</source>
        <translation>Gabungkan dua member</translation>
    </message>
    <message>
        <source>Keep which record? The other one&apos;s purchases and referrals move to it, and its card keeps finding the member you keep.</source>
        <translation>Data mana yang dipertahankan? Pembelian dan teman yang diajak dari data satunya pindah ke sini, dan kartunya tetap mengarah ke member yang dipertahankan.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>{card}  {name}  {phone}  joined {joined}, {visits} visits</source>
        <translation>{card}  {name}  {phone}  bergabung {joined}, {visits} kunjungan</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>New template</source>
        <translation>Templat baru</translation>
    </message>
    <message>
        <source>e.g. Birthday greeting</source>
        <translation>mis. Ucapan ulang tahun</translation>
    </message>
    <message>
        <source>Halo {nama}, selamat ulang tahun dari {toko}!</source>
        <translation>Halo {nama}, selamat ulang tahun dari {toko}!</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>A promotion goes only to members who agreed to receive offers; a service message (a complaint&apos;s answer, a reminder) goes to anyone.</source>
        <translation>Promo hanya dikirim ke member yang setuju menerima promo; pesan layanan (jawaban keluhan, pengingat) boleh dikirim ke siapa saja.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <source>Saved: {name} can be chosen on the Follow-up page.</source>
        <translation>Tersimpan: {name} bisa dipilih di halaman Tindak lanjut.</translation>
    </message>
    <message>
        <source>{name} can be chosen again.</source>
        <translation>{name} bisa dipilih lagi.</translation>
    </message>
    <message>
        <source>Retired: {name} is no longer offered; messages sent with it keep its name.</source>
        <translation>Dinonaktifkan: {name} tidak ditawarkan lagi; pesan yang sudah dikirim tetap memakai namanya.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Aktifkan lagi</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>{template}, retired</source>
        <translation>{template}, nonaktif</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation>File database {path} tidak bisa dibaca: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a TokoCRM database. The file was left untouched.</source>
        <translation>{path} bukan database TokoCRM. File itu tidak diubah.</translation>
    </message>
    <message>
        <source>{path} belongs to another program. The file was left untouched.</source>
        <translation>{path} milik program lain. File itu tidak diubah.</translation>
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
        <source>The database stayed busy with the other counters; nothing was saved. Please try again.</source>
        <translation>Database masih sibuk dipakai kasir lain; tidak ada yang disimpan. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>{path} was not upgraded: a copy of it could not be saved first ({reason}). The file was left untouched.</source>
        <translation>{path} tidak diperbarui: salinannya tidak bisa disimpan lebih dulu ({reason}). File tidak diubah.</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}.</source>
        <translation>{user} ({role}) tidak berhak: {action}.</translation>
    </message>
    <message>
        <source>Not found: {key}</source>
        <translation>Tidak ditemukan: {key}</translation>
    </message>
    <message>
        <source>The phone {phone} already belongs to {name} (card {card}).</source>
        <translation>No. HP {phone} sudah dipakai {name} (kartu {card}).</translation>
    </message>
    <message>
        <source>The card {card} already belongs to {name}.</source>
        <translation>Kartu {card} sudah dipakai {name}.</translation>
    </message>
    <message>
        <source>Receipt {receipt} was already recorded (purchase {purchase_id}). Nothing was saved.</source>
        <translation>Struk {receipt} sudah pernah dicatat (pembelian {purchase_id}). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Purchase {purchase_id} is already voided.</source>
        <translation>Pembelian {purchase_id} sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Close it, open it again and redo your change.</source>
        <translation>Data ini baru saja diubah orang lain. Tutup, buka lagi, lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>Cannot merge: {reason}</source>
        <translation>Tidak bisa digabung: {reason}</translation>
    </message>
    <message>
        <source>The sample shop is only made in an empty database; this one has {members} members.</source>
        <translation>Toko contoh hanya bisa dibuat di database kosong; database ini sudah berisi {members} member.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The backup {path} could not be made: {reason}</source>
        <translation>Cadangan {path} tidak bisa dibuat: {reason}</translation>
    </message>
    <message>
        <source>{action} works on SQLite files only; back a {dialect} database up with its own tools (pg_dump).</source>
        <translation>{action} hanya untuk file SQLite; cadangkan database {dialect} dengan alatnya sendiri (pg_dump).</translation>
    </message>
    <message>
        <source>{path} was not restored because {reason}; the current database is unchanged.</source>
        <translation>{path} tidak dipulihkan karena {reason}; database yang sekarang tidak berubah.</translation>
    </message>
    <message>
        <source>Wrong user name, password or PIN.</source>
        <translation>Nama pengguna, kata sandi, atau PIN salah.</translation>
    </message>
    <message>
        <source>{user} is locked after too many failed tries. Try again after {until}.</source>
        <translation>{user} dikunci karena terlalu sering salah. Coba lagi setelah pukul {until}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Nomor kartu</translation>
    </message>
    <message>
        <source>Card prefix</source>
        <translation>Awalan kartu</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Meja kasir</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Jumlah barang</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Diajak oleh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Rupiah per point</source>
        <translation>Rupiah per poin</translation>
    </message>
    <message>
        <source>Value of one point</source>
        <translation>Nilai satu poin</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Bonus daftar</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus ulang tahun</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Bonus ajak teman</translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation>Poin hangus setelah (bulan)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Tier starts at</source>
        <translation>Level mulai dari</translation>
    </message>
    <message>
        <source>Multiplier (percent)</source>
        <translation>Pengali (persen)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Maksimal</translation>
    </message>
    <message>
        <source>New for</source>
        <translation>Baru selama</translation>
    </message>
    <message>
        <source>Loyal from</source>
        <translation>Setia mulai</translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation>Berisiko pergi setelah</translation>
    </message>
    <message>
        <source>Shortest usual gap</source>
        <translation>Jarak kunjungan minimal</translation>
    </message>
    <message>
        <source>Former after</source>
        <translation>Sudah pergi setelah</translation>
    </message>
    <message>
        <source>High value: top</source>
        <translation>Bernilai tinggi: teratas</translation>
    </message>
    <message>
        <source>Recurring from</source>
        <translation>Rutin mulai</translation>
    </message>
    <message>
        <source>Recurring gaps vary at most</source>
        <translation>Selisih jarak rutin maksimal</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Likelihood to recommend</source>
        <translation>Kemungkinan merekomendasikan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Hours to resolve a complaint</source>
        <translation>Jam untuk menyelesaikan keluhan</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ditangani oleh</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Lock an idle counter after (minutes)</source>
        <translation>Kunci layar bila tidak dipakai (menit)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Templat pesan</translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation>Daftar tindak lanjut</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>Logo toko</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>lebih dari {limit} karakter</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>harus antara {low} dan {high}</translation>
    </message>
    <message>
        <source>is not an Indonesian mobile number</source>
        <translation>bukan nomor HP Indonesia</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>bukan alamat email</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>bukan tanggal</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>bukan tanggal dan jam</translation>
    </message>
    <message>
        <source>is not a possible birth date</source>
        <translation>bukan tanggal lahir yang masuk akal</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>tidak boleh di masa depan</translation>
    </message>
    <message>
        <source>must be 1 to 32 letters or digits</source>
        <translation>harus 1 sampai 32 huruf atau angka</translation>
    </message>
    <message>
        <source>has no free card numbers left for this prefix</source>
        <translation>nomor kartu untuk awalan ini sudah habis</translation>
    </message>
    <message>
        <source>must be 1 to 6 digits</source>
        <translation>harus 1 sampai 6 angka</translation>
    </message>
    <message>
        <source>is not a whole number of Rupiah</source>
        <translation>bukan angka Rupiah bulat</translation>
    </message>
    <message>
        <source>could mean two different amounts; type it in full (1250000) or with rb or jt (250 rb, 1.5 jt)</source>
        <translation>bisa berarti dua jumlah yang berbeda; tulis lengkap (1250000) atau pakai rb atau jt (250 rb, 1,5 jt)</translation>
    </message>
    <message>
        <source>must be more than Rp 0</source>
        <translation>harus lebih dari Rp 0</translation>
    </message>
    <message>
        <source>is more than Rp 1.000.000.000; check the amount</source>
        <translation>lebih dari Rp 1.000.000.000; periksa lagi jumlahnya</translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation>tidak bisa diubah di sini</translation>
    </message>
    <message>
        <source>cannot be the member themselves</source>
        <translation>tidak boleh member itu sendiri</translation>
    </message>
    <message>
        <source>must be active or inactive</source>
        <translation>harus aktif atau tidak aktif</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <source>is not one of {choices}</source>
        <translation>bukan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>is already resolved</source>
        <translation>sudah selesai</translation>
    </message>
    <message>
        <source>is already open</source>
        <translation>sudah terbuka</translation>
    </message>
    <message>
        <source>can only be started while it is open</source>
        <translation>hanya bisa mulai ditangani saat masih terbuka</translation>
    </message>
    <message>
        <source>belongs to another member</source>
        <translation>milik member lain</translation>
    </message>
    <message>
        <source>is the last one left and cannot be retired</source>
        <translation>tinggal satu dan tidak bisa dinonaktifkan</translation>
    </message>
    <message>
        <source>the first tier must start at Rp 0</source>
        <translation>level pertama harus mulai dari Rp 0</translation>
    </message>
    <message>
        <source>every tier needs its own name</source>
        <translation>setiap level perlu nama sendiri</translation>
    </message>
    <message>
        <source>two tiers cannot start at the same spend</source>
        <translation>dua level tidak boleh mulai dari belanja yang sama</translation>
    </message>
    <message>
        <source>is more than the {balance} points the member has</source>
        <translation>melebihi {balance} poin yang dimiliki member</translation>
    </message>
    <message>
        <source>needs a value for this kind of reward</source>
        <translation>perlu nilai untuk jenis hadiah ini</translation>
    </message>
    <message>
        <source>{value} is out of stock</source>
        <translation>stok {value} habis</translation>
    </message>
    <message>
        <source>{value} is no longer offered</source>
        <translation>{value} tidak ditawarkan lagi</translation>
    </message>
    <message>
        <source>is not a whole, non-zero number of points</source>
        <translation>harus angka poin bulat dan bukan nol</translation>
    </message>
    <message>
        <source>pay with a reward or with points, not both at once</source>
        <translation>pakai hadiah atau poin, tidak bisa keduanya sekaligus</translation>
    </message>
    <message>
        <source>may hold only letters, digits, spaces, dots, dashes and underscores</source>
        <translation>hanya boleh berisi huruf, angka, spasi, titik, tanda hubung, dan garis bawah</translation>
    </message>
    <message>
        <source>must be {low} to {high} digits</source>
        <translation>harus {low} sampai {high} angka</translation>
    </message>
    <message>
        <source>must be at least {limit} characters</source>
        <translation>minimal {limit} karakter</translation>
    </message>
    <message>
        <source>was erased on the customer&apos;s request</source>
        <translation>sudah dihapus atas permintaan pelanggan</translation>
    </message>
    <message>
        <source>was merged into another member; use that member instead</source>
        <translation>sudah digabung ke member lain; pakai member itu</translation>
    </message>
    <message>
        <source>must be owner: the first user is the shop&apos;s owner</source>
        <translation>harus pemilik: pengguna pertama adalah pemilik toko</translation>
    </message>
    <message>
        <source>is the shop&apos;s last owner: add another owner first</source>
        <translation>adalah pemilik terakhir toko: tambahkan pemilik lain dulu</translation>
    </message>
    <message>
        <source>has {value}, which is not a placeholder; use {choices}</source>
        <translation>berisi {value}, yang bukan kode isian; pakai {choices}</translation>
    </message>
    <message>
        <source>has no mobile number to send a WhatsApp message to</source>
        <translation>tidak punya nomor HP untuk dikirimi pesan WhatsApp</translation>
    </message>
    <message>
        <source>is a promotion, and the member did not agree to receive offers</source>
        <translation>berupa promo, dan member tidak setuju menerima promo</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image</source>
        <translation>bukan gambar PNG atau JPEG</translation>
    </message>
    <message>
        <source>is larger than {limit} KB</source>
        <translation>lebih besar dari {limit} KB</translation>
    </message>
</context>
<context>
    <name>PointsHistory</name>
    <message>
        <source>Earned</source>
        <translation>Didapat</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ditukar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hangus</translation>
    </message>
    <message>
        <source>Taken back (purchase voided)</source>
        <translation>Ditarik (pembelian dibatalkan)</translation>
    </message>
    <message>
        <source>Given back (purchase voided)</source>
        <translation>Dikembalikan (pembelian dibatalkan)</translation>
    </message>
    <message>
        <source>Adjusted by hand</source>
        <translation>Dikoreksi manual</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Bonus daftar</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus ulang tahun</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Bonus ajak teman</translation>
    </message>
    <message>
        <source>Moved in (merged member)</source>
        <translation>Masuk (member digabung)</translation>
    </message>
    <message>
        <source>Moved out (merged member)</source>
        <translation>Keluar (member digabung)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Hangus pada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>Reason, e.g. compensation for a complaint</source>
        <translation>Alasan, mis. kompensasi keluhan</translation>
    </message>
    <message>
        <source>Add / take points</source>
        <translation>Tambah / kurangi poin</translation>
    </message>
    <message>
        <source>Adjust by hand</source>
        <translation>Koreksi manual</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} poin</translation>
    </message>
    <message>
        <source>{tier} · {amount} more to {next}</source>
        <translation>{tier} · {amount} lagi ke {next}</translation>
    </message>
    <message>
        <source>{points} expire by {day}</source>
        <translation>{points} hangus pada {day}</translation>
    </message>
    <message>
        <source>below zero after a void</source>
        <translation>minus setelah pembatalan</translation>
    </message>
    <message>
        <source>Purchase no. {id}</source>
        <translation>Pembelian no. {id}</translation>
    </message>
    <message>
        <source>Points adjusted; the balance is now {balance}.</source>
        <translation>Poin sudah dikoreksi; saldo sekarang {balance}.</translation>
    </message>
</context>
<context>
    <name>PointsPayment</name>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>Redeem only</source>
        <translation>Tukar hadiah saja</translation>
    </message>
    <message>
        <source>Don&apos;t use points</source>
        <translation>Tanpa poin</translation>
    </message>
    <message>
        <source>Pay with points (1 point = {value})</source>
        <translation>Bayar pakai poin (1 poin = {value})</translation>
    </message>
    <message>
        <source>{reward} · {points} points</source>
        <translation>{reward} · {points} poin</translation>
    </message>
    <message>
        <source>Give the item: {reward}</source>
        <translation>Berikan barangnya: {reward}</translation>
    </message>
    <message>
        <source>{off} off · to pay {pay}</source>
        <translation>potongan {off} · dibayar {pay}</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>PurchaseForm</name>
    <message>
        <source>Earlier purchase, at</source>
        <translation>Pembelian sebelumnya, pada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Record purchase (Enter)</source>
        <translation>Catat pembelian (Enter)</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Total (Rp)</translation>
    </message>
    <message>
        <source>Points (F6)</source>
        <translation>Poin (F6)</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Jumlah barang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Categories (Space to tick)</source>
        <translation>Kategori (Spasi untuk centang)</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>{rating} of 5</source>
        <translation>{rating} dari 5</translation>
    </message>
    <message>
        <source>Rating: {rating} of 5</source>
        <translation>Rating: {rating} dari 5</translation>
    </message>
    <message>
        <source>Rating: press 1 to 5</source>
        <translation>Rating: tekan 1 sampai 5</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Card or phone of the member who sent them</source>
        <translation>Kartu atau no. HP member yang mengajak</translation>
    </message>
    <message>
        <source>Agrees to receive offers (WhatsApp)</source>
        <translation>Setuju menerima promo (WhatsApp)</translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation>Daftar (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Member baru</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>Mobile phone *</source>
        <translation>No. HP *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Diajak oleh</translation>
    </message>
    <message>
        <source>Open {name} instead</source>
        <translation>Buka {name} saja</translation>
    </message>
    <message>
        <source>Type the member&apos;s mobile phone.</source>
        <translation>Ketik nomor HP member.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Every accepted row is saved at once, or none is: Cancel leaves the shop exactly as it was.</source>
        <translation>Semua baris yang diterima disimpan sekaligus, atau tidak sama sekali: Batal membuat data toko tetap seperti semula.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>&amp;Simpan laporan kesalahan…</translation>
    </message>
    <message>
        <source>&amp;Open error report</source>
        <translation>&amp;Buka laporan kesalahan</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>{count} rows were not imported. Save them to a workbook with the reason beside each, fix them there and import that file again.</source>
        <translation>{count} baris tidak diimpor. Simpan ke file Excel beserta alasannya, perbaiki di sana, lalu impor file itu lagi.</translation>
    </message>
    <message>
        <source>Import done: {created} new members, {updated} updated.</source>
        <translation>Impor selesai: {created} member baru, {updated} diperbarui.</translation>
    </message>
    <message>
        <source>Opening points brought over: {points}.</source>
        <translation>Poin awal yang dibawa: {points}.</translation>
    </message>
    <message>
        <source>Import done: {created} purchases recorded.</source>
        <translation>Impor selesai: {created} pembelian tercatat.</translation>
    </message>
    <message>
        <source>Points awarded: {points}.</source>
        <translation>Poin yang diberikan: {points}.</translation>
    </message>
    <message>
        <source>The import failed; nothing was saved. ({error})</source>
        <translation>Impor gagal; tidak ada yang disimpan. ({error})</translation>
    </message>
    <message>
        <source>Import stopped; nothing was saved.</source>
        <translation>Impor dihentikan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>{name}-errors.xlsx</source>
        <translation>{name}-kesalahan.xlsx</translation>
    </message>
    <message>
        <source>Save the error report as</source>
        <translation>Simpan laporan kesalahan sebagai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Error report saved: {path}</source>
        <translation>Laporan kesalahan tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>Add a reward</source>
        <translation>Tambah hadiah</translation>
    </message>
    <message>
        <source>e.g. Rp 10.000 off your next purchase</source>
        <translation>mis. potongan Rp 10.000 untuk belanja berikutnya</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Points it costs</source>
        <translation>Harga (poin)</translation>
    </message>
    <message>
        <source>Rupiah off</source>
        <translation>Potongan Rupiah</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Potongan persen</translation>
    </message>
    <message>
        <source>At most (Rupiah, optional)</source>
        <translation>Maksimal (Rupiah, boleh kosong)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Add reward</source>
        <translation>Tambah hadiah</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>owner</source>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasir</translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation>pembukuan</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Undo my changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <source>Logs in with</source>
        <translation>Masuk dengan</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN atau kata sandi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>{low} to {high} digits.</source>
        <translation>{low} sampai {high} angka.</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Minimal {count} karakter.</translation>
    </message>
</context>
<context>
    <name>SegmentMembersDialog</name>
    <message>
        <source>{segment}: {count} members</source>
        <translation>{segment}: {count} member</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Ekspor ke Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>{segment}-members.xlsx</source>
        <translation>member-{segment}.xlsx</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Simpan daftar sebagai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SegmentRulesEditor</name>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>New for</source>
        <translation>Baru selama</translation>
    </message>
    <message>
        <source>Loyal from</source>
        <translation>Setia mulai</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>pembelian</translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation>Berisiko pergi setelah</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Shortest usual gap</source>
        <translation>Jarak kunjungan minimal</translation>
    </message>
    <message>
        <source>Former after</source>
        <translation>Sudah pergi setelah</translation>
    </message>
    <message>
        <source>High value: top</source>
        <translation>Bernilai tinggi: teratas</translation>
    </message>
    <message>
        <source>Recurring from</source>
        <translation>Rutin mulai</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>jarak belanja</translation>
    </message>
    <message>
        <source>Recurring gaps vary at most</source>
        <translation>Selisih jarak rutin maksimal</translation>
    </message>
    <message>
        <source>Segment thresholds</source>
        <translation>Batas segmen</translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation>Simpan batas</translation>
    </message>
    <message>
        <source>Saved: the new thresholds apply from the next time segments are computed.</source>
        <translation>Tersimpan: batas baru berlaku mulai perhitungan segmen berikutnya.</translation>
    </message>
    <message>
        <source>Back to the rules in force.</source>
        <translation>Kembali ke aturan yang berlaku.</translation>
    </message>
</context>
<context>
    <name>SegmentTexts</name>
    <message>
        <source>Potential</source>
        <translation>Belum belanja</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Setia</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko pergi</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Sudah pergi</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Bernilai tinggi</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <source>A member with one purchase is New for this many days.</source>
        <translation>Member dengan satu pembelian tetap Baru selama sekian hari.</translation>
    </message>
    <message>
        <source>Loyal: at least this many purchases in the last 12 months, the last one within their usual gap between visits.</source>
        <translation>Setia: paling sedikit sekian pembelian dalam 12 bulan terakhir, yang terakhir masih dalam jarak kunjungan biasanya.</translation>
    </message>
    <message>
        <source>At risk: silent for longer than this many times their usual gap between visits.</source>
        <translation>Berisiko pergi: tidak datang lebih lama dari sekian kali jarak kunjungan biasanya.</translation>
    </message>
    <message>
        <source>The usual gap between visits is never taken as shorter than this many days.</source>
        <translation>Jarak kunjungan biasa tidak pernah dihitung lebih pendek dari sekian hari.</translation>
    </message>
    <message>
        <source>Former: no purchase for more than this many days.</source>
        <translation>Sudah pergi: tidak ada pembelian selama lebih dari sekian hari.</translation>
    </message>
    <message>
        <source>High value: the top percent of buying members by 12-month spend.</source>
        <translation>Bernilai tinggi: sekian persen teratas member yang berbelanja, menurut belanja 12 bulan.</translation>
    </message>
    <message>
        <source>Recurring: at least this many gaps between purchases…</source>
        <translation>Rutin: paling sedikit sekian jarak antar pembelian…</translation>
    </message>
    <message>
        <source>…whose lengths vary by at most this percent of the usual gap.</source>
        <translation>…yang panjangnya berbeda paling banyak sekian persen dari jarak biasanya.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>Aturan poin</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The new language is used the next time TokoCRM starts.</source>
        <translation>Bahasa baru dipakai saat TokoCRM dibuka lagi.</translation>
    </message>
    <message>
        <source>Save prefix</source>
        <translation>Simpan awalan</translation>
    </message>
    <message>
        <source>New category, e.g. Minuman</source>
        <translation>Kategori baru, mis. Minuman</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Shop (shared by every counter)</source>
        <translation>Toko (sama untuk semua meja kasir)</translation>
    </message>
    <message>
        <source>Card number prefix</source>
        <translation>Awalan nomor kartu</translation>
    </message>
    <message>
        <source>Product categories (untick to retire)</source>
        <translation>Kategori produk (hapus centang untuk menonaktifkan)</translation>
    </message>
    <message>
        <source>New cards now start with {prefix}.</source>
        <translation>Kartu baru sekarang diawali {prefix}.</translation>
    </message>
    <message>
        <source>Category added.</source>
        <translation>Kategori ditambahkan.</translation>
    </message>
    <message>
        <source>Category updated.</source>
        <translation>Kategori diperbarui.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>Pilih sheet</translation>
    </message>
    <message>
        <source>The workbook has several sheets. The first one with a table TokoCRM recognises is chosen for you.</source>
        <translation>File ini punya beberapa sheet. Sheet pertama yang tabelnya dikenali TokoCRM sudah dipilihkan.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (tersembunyi)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>no header row TokoCRM recognises</source>
        <translation>tidak ada baris judul yang dikenali TokoCRM</translation>
    </message>
    <message>
        <source>{sheet}: {reason}</source>
        <translation>{sheet}: {reason}</translation>
    </message>
    <message>
        <source>{sheet}: table at cell {cell}, {columns} columns, {rows} rows</source>
        <translation>{sheet}: tabel di sel {cell}, {columns} kolom, {rows} baris</translation>
    </message>
</context>
<context>
    <name>SpreadsheetTexts</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Nomor kartu</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Opening points</source>
        <translation>Poin awal</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member sejak</translation>
    </message>
    <message>
        <source>Accepts promotions</source>
        <translation>Bersedia menerima promo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Active or not</source>
        <translation>Aktif atau tidak</translation>
    </message>
    <message>
        <source>Customer ID in the old system</source>
        <translation>ID pelanggan di sistem lama</translation>
    </message>
    <message>
        <source>Member&apos;s card number</source>
        <translation>Nomor kartu member</translation>
    </message>
    <message>
        <source>Member&apos;s phone</source>
        <translation>No. HP member</translation>
    </message>
    <message>
        <source>Member&apos;s e-mail</source>
        <translation>Email member</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <source>Amount (Rupiah)</source>
        <translation>Total (Rupiah)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor struk</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({detail}).</source>
        <translation>{file} tidak bisa dibuka ({detail}).</translation>
    </message>
    <message>
        <source>{file} is empty: it has no cells with data.</source>
        <translation>{file} kosong: tidak ada sel yang berisi data.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet (.xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>{file} bukan spreadsheet (.xlsx, .xlsm, .xls, .ods, atau .csv).</translation>
    </message>
    <message>
        <source>{file} is a web page or XML file saved under a spreadsheet name; open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>{file} sebenarnya halaman web atau file XML yang diberi nama spreadsheet; buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx.</translation>
    </message>
    <message>
        <source>{file} is an Excel binary workbook (.xlsb); save it as .xlsx and import that.</source>
        <translation>{file} adalah file Excel biner (.xlsb); simpan sebagai .xlsx, lalu impor file itu.</translation>
    </message>
    <message>
        <source>{file} is protected with a password; open it in Excel, remove the password, save it and import it again.</source>
        <translation>{file} dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} rusak dan tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>{file} is a text file in an unknown character encoding; save it as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} adalah file teks dengan pengodean karakter yang tidak dikenal; simpan sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB.</source>
        <translation>{file} lebih besar dari {limit} MB.</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} spans {columns} columns, more than the {limit} that can be imported; delete the stray cells far to the right of the table.</source>
        <translation>Sheet {sheet} di {file} memakai {columns} kolom, lebih dari {limit} yang bisa diimpor; hapus sel-sel nyasar jauh di kanan tabel.</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has more than {limit} rows.</source>
        <translation>Sheet {sheet} di {file} punya lebih dari {limit} baris.</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} spans more cells than can be read at once; delete the stray cells far below or to the right of the table.</source>
        <translation>Sheet {sheet} di {file} memakai terlalu banyak sel untuk dibaca sekaligus; hapus sel-sel nyasar jauh di bawah atau di kanan tabel.</translation>
    </message>
    <message>
        <source>{file} has no sheet with a header row TokoCRM recognises (such as Nama, No. HP, Email).</source>
        <translation>{file} tidak punya sheet dengan baris judul yang dikenali TokoCRM (seperti Nama, No. HP, Email).</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet}.</source>
        <translation>{file} tidak punya sheet bernama {sheet}.</translation>
    </message>
    <message>
        <source>no column goes into {field} yet</source>
        <translation>belum ada kolom yang masuk ke {field}</translation>
    </message>
    <message>
        <source>a member needs a phone number, an e-mail address or a card code</source>
        <translation>member perlu nomor HP, alamat email, atau kode kartu</translation>
    </message>
    <message>
        <source>the member needs a card number, phone, e-mail or customer ID</source>
        <translation>member perlu nomor kartu, nomor HP, email, atau ID pelanggan</translation>
    </message>
    <message>
        <source>{field} names a column the table does not have</source>
        <translation>{field} menunjuk kolom yang tidak ada di tabel</translation>
    </message>
    <message>
        <source>{field} cannot be imported here</source>
        <translation>{field} tidak bisa diimpor di sini</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} kosong</translation>
    </message>
    <message>
        <source>{field} is not a real calendar date</source>
        <translation>{field} bukan tanggal yang ada di kalender</translation>
    </message>
    <message>
        <source>{field} is not a whole number</source>
        <translation>{field} bukan bilangan bulat</translation>
    </message>
    <message>
        <source>{field} cannot be negative</source>
        <translation>{field} tidak boleh negatif</translation>
    </message>
    <message>
        <source>{field} is not yes or no</source>
        <translation>{field} bukan ya atau tidak</translation>
    </message>
    <message>
        <source>{field} is not female or male</source>
        <translation>{field} bukan perempuan atau laki-laki</translation>
    </message>
    <message>
        <source>{field} is not active or inactive</source>
        <translation>{field} bukan aktif atau tidak aktif</translation>
    </message>
    <message>
        <source>is the same as row {first_row} (same {key}); only the first is imported</source>
        <translation>sama dengan baris {first_row} ({key} sama); hanya yang pertama diimpor</translation>
    </message>
    <message>
        <source>belongs to member {card} ({name}) already (same {key})</source>
        <translation>sudah milik member {card} ({name}) ({key} sama)</translation>
    </message>
    <message>
        <source>member {card} ({name}) already has these values</source>
        <translation>member {card} ({name}) sudah berisi data ini</translation>
    </message>
    <message>
        <source>card {value} belongs to another member, {card} ({name})</source>
        <translation>kartu {value} milik member lain, {card} ({name})</translation>
    </message>
    <message>
        <source>matches member {card} ({name}) by {key}, but the row gives card {value}; an import never changes a member&apos;s card</source>
        <translation>cocok dengan member {card} ({name}) lewat {key}, tetapi baris ini berisi kartu {value}; impor tidak pernah mengganti kartu member</translation>
    </message>
    <message>
        <source>matches {first} by {first_key} but {second} by {second_key}</source>
        <translation>cocok dengan {first} lewat {first_key} tetapi dengan {second} lewat {second_key}</translation>
    </message>
    <message>
        <source>{value} points were not added: {card} ({name}) is already a member, and points come in only as the opening balance of a new member</source>
        <translation>{value} poin tidak ditambahkan: {card} ({name}) sudah menjadi member, dan poin hanya masuk sebagai saldo awal member baru</translation>
    </message>
    <message>
        <source>no active member has this {key}</source>
        <translation>tidak ada member aktif dengan {key} ini</translation>
    </message>
    <message>
        <source>member {card} ({name}) is not active</source>
        <translation>member {card} ({name}) tidak aktif</translation>
    </message>
    <message>
        <source>{count} members share this {key}; give the card or phone instead</source>
        <translation>{count} member memakai {key} ini; pakai kartu atau nomor HP saja</translation>
    </message>
    <message>
        <source>TokoCRM does not keep other systems&apos; customer ids; give the card, phone or e-mail</source>
        <translation>TokoCRM tidak menyimpan ID pelanggan dari sistem lain; pakai kartu, nomor HP, atau email</translation>
    </message>
    <message>
        <source>is the same receipt as row {first_row}; only the first is imported</source>
        <translation>struknya sama dengan baris {first_row}; hanya yang pertama diimpor</translation>
    </message>
    <message>
        <source>was already recorded</source>
        <translation>sudah pernah dicatat</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>lebih dari {limit} karakter</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>harus antara {low} dan {high}</translation>
    </message>
    <message>
        <source>is not an Indonesian mobile number</source>
        <translation>bukan nomor HP Indonesia</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>bukan alamat email</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>bukan tanggal</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>bukan tanggal dan jam</translation>
    </message>
    <message>
        <source>is not a possible birth date</source>
        <translation>bukan tanggal lahir yang masuk akal</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>tidak boleh di masa depan</translation>
    </message>
    <message>
        <source>must be 1 to 32 letters or digits</source>
        <translation>harus 1 sampai 32 huruf atau angka</translation>
    </message>
    <message>
        <source>is not a whole number of Rupiah</source>
        <translation>bukan angka Rupiah bulat</translation>
    </message>
    <message>
        <source>must be more than Rp 0</source>
        <translation>harus lebih dari Rp 0</translation>
    </message>
    <message>
        <source>is more than Rp 1.000.000.000; check the amount</source>
        <translation>lebih dari Rp 1.000.000.000; periksa lagi jumlahnya</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>bukan tanggal yang ada di kalender</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>bukan bilangan bulat</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>bukan ya atau tidak</translation>
    </message>
    <message>
        <source>is not female or male</source>
        <translation>bukan perempuan atau laki-laki</translation>
    </message>
    <message>
        <source>is not active or inactive</source>
        <translation>bukan aktif atau tidak aktif</translation>
    </message>
    <message>
        <source>needs a phone number, an e-mail address or a card code</source>
        <translation>perlu nomor HP, alamat email, atau kode kartu</translation>
    </message>
    <message>
        <source>needs a card code, phone number, e-mail or customer ID of the member</source>
        <translation>perlu kode kartu, nomor HP, email, atau ID pelanggan member</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>nomor HP</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID pelanggan</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>struk</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>{field}: {reason} ({value})</source>
        <translation>{field}: {reason} ({value})</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Ekspor dihentikan; tidak ada file yang dibuat.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Ekspor gagal: {error}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Tidak bisa menulis {path}: {reason}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>Mutasi poin</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Tanggal daftar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Setuju promosi</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Spend 12 months</source>
        <translation>Belanja 12 bulan</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Total belanja</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>ID pembelian</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Jumlah barang</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Meja kasir</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Alasan batal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Redemption ID</source>
        <translation>ID penukaran</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Hangus pada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Member baru</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Poin diberikan</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Poin ditukar</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Poin hangus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Points discount</source>
        <translation>Potongan poin</translation>
    </message>
    <message>
        <source>Voided purchases</source>
        <translation>Pembelian dibatalkan</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Member aktif</translation>
    </message>
    <message>
        <source>Points outstanding at start</source>
        <translation>Poin beredar di awal</translation>
    </message>
    <message>
        <source>Points outstanding at end</source>
        <translation>Poin beredar di akhir</translation>
    </message>
    <message>
        <source>Point value</source>
        <translation>Nilai poin</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>Nilai poin beredar</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Diekspor pada</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status kasus</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Ulang tahun minggu ini</translation>
    </message>
    <message>
        <source>Birthdays this month</source>
        <translation>Ulang tahun bulan ini</translation>
    </message>
    <message>
        <source>Points expiring</source>
        <translation>Poin akan hangus</translation>
    </message>
    <message>
        <source>No second visit</source>
        <translation>Belum kembali</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko pergi</translation>
    </message>
    <message>
        <source>Former customers</source>
        <translation>Pelanggan yang sudah pergi</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Keluhan selesai</translation>
    </message>
    <message>
        <source>Only visit</source>
        <translation>Satu-satunya kunjungan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Isi</translation>
    </message>
</context>
<context>
    <name>StockEdit</name>
    <message>
        <source>Unlimited</source>
        <translation>Tak terbatas</translation>
    </message>
</context>
<context>
    <name>TiersTable</name>
    <message>
        <source>Tier name</source>
        <translation>Nama level</translation>
    </message>
    <message>
        <source>From spend in the last 12 months</source>
        <translation>Mulai dari belanja 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Points multiplier</source>
        <translation>Pengali poin</translation>
    </message>
    <message>
        <source>e.g. Gold</source>
        <translation>mis. Gold</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Spend for tier {tier}</source>
        <translation>Belanja untuk level {tier}</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>password</source>
        <translation>kata sandi</translation>
    </message>
</context>
<context>
    <name>UsersSettings</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Logs in with</source>
        <translation>Masuk dengan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Terkunci sampai</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ganti peran</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Set new PIN or password</source>
        <translation>Atur PIN atau kata sandi baru</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Pengguna terpilih</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Tambah pengguna baru</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>A counter nobody touches for this long locks itself; whoever comes next logs in again.</source>
        <translation>Layar kasir yang tidak disentuh selama ini akan terkunci sendiri; siapa pun yang memakai berikutnya harus masuk lagi.</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Kunci setelah</translation>
    </message>
    <message>
        <source>Added {name} as {role}; they log in with their {kind}.</source>
        <translation>{name} ditambahkan sebagai {role}; masuk dengan {kind}.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} sekarang berperan sebagai {role}.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} bisa masuk lagi.</translation>
    </message>
    <message>
        <source>{name} is switched off and can no longer log in.</source>
        <translation>{name} dinonaktifkan dan tidak bisa masuk lagi.</translation>
    </message>
    <message>
        <source>{name} now logs in with the new {kind}.</source>
        <translation>{name} sekarang masuk dengan {kind} baru.</translation>
    </message>
    <message>
        <source>Saved: a counter left alone for {minutes} minutes locks itself.</source>
        <translation>Tersimpan: layar kasir yang ditinggal {minutes} menit akan terkunci sendiri.</translation>
    </message>
    <message>
        <source>Selected user: none (choose one in the list)</source>
        <translation>Pengguna terpilih: belum ada (pilih di daftar)</translation>
    </message>
    <message>
        <source>Selected user: {name}</source>
        <translation>Pengguna terpilih: {name}</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>The two PINs differ; type the PIN again in both fields.</source>
        <translation>Kedua PIN berbeda; ketik ulang PIN di kedua kolom.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again in both fields.</source>
        <translation>Kedua kata sandi berbeda; ketik ulang kata sandi di kedua kolom.</translation>
    </message>
</context>
<context>
    <name>WorkbookJob</name>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Saved {path}. Rows written: {rows}.</source>
        <translation>Tersimpan di {path}. Jumlah baris: {rows}.</translation>
    </message>
</context>
</TS>
