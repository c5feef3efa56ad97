import type { CreateExhibitionInput } from "../../../workflows/exhibition/types"

/** An exhibition of the demo with who takes part at which booth and what the curators feature. */
export type DemoExhibition = Omit<CreateExhibitionInput, "cover_image_url"> & {
  /** Cover picture: drawn like a kain of this motif. */
  cover: { seed: number; motif: "parang" | "asem-arang" | "mega-mendung" | "kawung" }
  participants: { maker: string; booth_code: string }[]
  featured: { product: string; note_id: string; note_en: string }[]
}

/**
 * The December 2026 exhibition (open daily 10:00-21:00 WIB, 3-7 December) and the closed one of
 * December 2025 for the archive. Instants carry the +07:00 offset of Asia/Jakarta.
 */
export const DEMO_EXHIBITIONS: DemoExhibition[] = [
  {
    handle: "gelar-batik-semarang-2026",
    title_id: "Gelar Batik Semarang 2026",
    title_en: "Gelar Batik Semarang 2026: the Semarang Batik Exhibition",
    description_id:
      "Pameran tahunan IKM batik binaan Dinas Perindustrian Kota Semarang. Empat belas perajin, dari sentra batik Malon di Gunungpati hingga Kampung Batik di Semarang Timur, menampilkan batik tulis, cap dan kombinasi. Belanja di booth atau daring, ambil pesanan di booth selama pameran.",
    description_en:
      "The yearly exhibition of batik businesses trained by Semarang's city industry office. Fourteen makers, from the Malon batik centre in Gunungpati to the Kampung Batik in Semarang Timur, show hand-drawn, stamped and combined batik. Buy at the booth or online and pick up your order at the booth during the exhibition.",
    venue: "Gedung Oudetrap, Kota Lama Semarang",
    address: "Jl. Letjen Suprapto No. 32, Tanjung Mas, Semarang Utara, Semarang 50174",
    starts_at: "2026-12-03T10:00:00+07:00",
    ends_at: "2026-12-07T21:00:00+07:00",
    cover: { seed: 2026, motif: "asem-arang" },
    participants: [
      { maker: "batik-sekar-malon", booth_code: "A01" },
      { maker: "batik-wana-lestari", booth_code: "A02" },
      { maker: "batik-tirta-malon", booth_code: "A03" },
      { maker: "batik-jolawe-asri", booth_code: "A04" },
      { maker: "griya-batik-rejomulyo", booth_code: "B01" },
      { maker: "batik-warak-kampung", booth_code: "B02" },
      { maker: "batik-lawang-asri", booth_code: "C01" },
      { maker: "batik-tembalang-sejahtera", booth_code: "C02" },
      { maker: "batik-blekok-srondol", booth_code: "C03" },
      { maker: "batik-pesisir-tugu", booth_code: "C04" },
      { maker: "batik-candi-sari", booth_code: "C05" },
      { maker: "batik-mijen-hijau", booth_code: "C06" },
      { maker: "rumah-batik-pedurungan", booth_code: "D01" },
      { maker: "batik-ngaliyan-indah", booth_code: "D02" },
    ],
    featured: [
      {
        product: "kain-panjang-batik-tulis-asem-arang-indigo",
        note_id: "Motif yang memberi nama kota ini, dicelup indigo fermentasi dari kebun Malon sendiri.",
        note_en: "The motif that named the city, dyed in fermented indigo from Malon's own garden.",
      },
      {
        product: "kain-panjang-batik-tulis-parang-barong-soga",
        note_id: "Enam puluh hari kerja di atas sutra ATBM: karya terbesar pameran tahun ini.",
        note_en: "Sixty days of work on handwoven silk: the largest piece of this year's exhibition.",
      },
      {
        product: "kain-panjang-batik-tulis-sidomukti-soga-batik-wana-lestari",
        note_id: "Sidomukti dengan soga dari pohon tingi yang ditanam sendiri oleh Wana Lestari.",
        note_en: "Sidomukti in soga from tingi trees Wana Lestari grows itself.",
      },
      {
        product: "kain-panjang-batik-tulis-blekok-srondol-secang",
        note_id: "Blekok Srondol digambar satu per satu; merah secang yang lembut di atas sutra.",
        note_en: "Herons drawn one by one; the soft red of sappan wood on silk.",
      },
      {
        product: "selendang-batik-tulis-asem-arang-jolawe",
        note_id: "Kuning-hijau jolawe khas tiga bersaudara Jolawe Asri.",
        note_en: "The yellow-green of jolawe, signature of the three Jolawe Asri sisters.",
      },
      {
        product: "kain-panjang-batik-tulis-blekok-srondol-merah",
        note_id: "Batik pesisir Semarangan dari Kampung Batik, dikerjakan generasi ketiga.",
        note_en: "Coastal Semarang batik from the Kampung Batik, by the third generation of a batik family.",
      },
      {
        product: "kemeja-batik-cap-warak-ngendog-toska",
        note_id: "Warak Ngendog yang ceria untuk anak muda: cap buatan sendiri, warna remazol.",
        note_en: "A cheerful Warak Ngendog for the young: home-made stamps, remazol colours.",
      },
      {
        product: "kemeja-batik-tulis-lawang-sewu-indigo",
        note_id: "Kemeja tulis sutra satu-satunya, dijahit di butik dekat Tugu Muda.",
        note_en: "A one-off hand-drawn silk shirt, tailored in a boutique near Tugu Muda.",
      },
      {
        product: "kain-panjang-batik-kombinasi-mega-mendung-biru-laut",
        note_id: "Latar cap dan awan tulis: contoh terbaik batik kombinasi dari pesisir Tugu.",
        note_en: "Stamped ground and hand-drawn clouds: the best example of combined batik from the Tugu coast.",
      },
      {
        product: "kain-panjang-batik-tulis-sidomukti-soga-batik-candi-sari",
        note_id: "Kain pengantin klasik, digambar dua sahabat dari Candisari selama hampir dua bulan.",
        note_en: "A classic wedding cloth, drawn by two friends from Candisari over almost two months.",
      },
      {
        product: "kain-panjang-batik-tulis-asem-arang-jolawe",
        note_id: "Dari kelompok tani hutan Mijen: limbah pewarnanya kembali menjadi kompos.",
        note_en: "From the forest farmers of Mijen, whose dye waste goes back into compost.",
      },
      {
        product: "kain-panjang-batik-kombinasi-lawang-sewu-asem-arang-biru-laut",
        note_id: "Dua ikon Semarang dalam satu kain: Lawang Sewu di badan, Asem Arang di pinggiran.",
        note_en: "Two Semarang icons on one cloth: Lawang Sewu in the body, Asem Arang on the border.",
      },
      {
        product: "dress-batik-tulis-blekok-srondol-truntum-indigo",
        note_id: "Dress sutra tulis, hanya satu ukuran M: siap dipakai ke pesta akhir tahun.",
        note_en: "A hand-drawn silk dress in one size (M), ready for the year-end parties.",
      },
      {
        product: "dress-batik-kombinasi-mega-mendung-toska",
        note_id: "Mega Mendung di atas sutra dengan potongan modern.",
        note_en: "Mega Mendung on silk with a modern cut.",
      },
      {
        product: "kemeja-batik-cap-sidomukti-biru-laut",
        note_id: "Batik cap rapi dengan harga ramah mahasiswa dari Tembalang.",
        note_en: "Neat stamped batik at a student-friendly price, from Tembalang.",
      },
      {
        product: "kemeja-batik-cap-parang-merah",
        note_id: "Parang untuk seragam kantor, tersedia sampai XXL.",
        note_en: "Parang for office uniforms, available up to XXL.",
      },
      {
        product: "scarf-batik-kombinasi-tugu-muda-toska",
        note_id: "Tugu Muda di atas sutra: oleh-oleh Semarang yang tetap batik asli.",
        note_en: "Tugu Muda on silk: a Semarang souvenir that is still genuine batik.",
      },
      {
        product: "selendang-batik-tulis-truntum-indigo",
        note_id: "Truntum, lambang cinta yang tumbuh kembali, dalam indigo Malon.",
        note_en: "Truntum, the sign of love that blossoms again, in Malon indigo.",
      },
    ],
  },
  {
    handle: "gelar-batik-semarang-2025",
    title_id: "Gelar Batik Semarang 2025",
    title_en: "Gelar Batik Semarang 2025: the Semarang Batik Exhibition",
    description_id:
      "Pameran IKM batik Kota Semarang tahun lalu di Taman Indonesia Kaya: sembilan perajin dan pertama kalinya penjualan daring dengan ambil di booth.",
    description_en:
      "Last year's exhibition of Semarang's batik businesses at Taman Indonesia Kaya: nine makers and, for the first time, online sales with pickup at the booth.",
    venue: "Taman Indonesia Kaya",
    address: "Jl. Menteri Supeno No. 1, Mugassari, Semarang Selatan, Semarang 50249",
    starts_at: "2025-12-04T10:00:00+07:00",
    ends_at: "2025-12-08T21:00:00+07:00",
    cover: { seed: 2025, motif: "parang" },
    participants: [
      { maker: "batik-sekar-malon", booth_code: "01" },
      { maker: "batik-wana-lestari", booth_code: "02" },
      { maker: "batik-tirta-malon", booth_code: "03" },
      { maker: "griya-batik-rejomulyo", booth_code: "04" },
      { maker: "batik-lawang-asri", booth_code: "05" },
      { maker: "batik-blekok-srondol", booth_code: "06" },
      { maker: "batik-pesisir-tugu", booth_code: "07" },
      { maker: "batik-candi-sari", booth_code: "08" },
      { maker: "rumah-batik-pedurungan", booth_code: "09" },
    ],
    featured: [
      {
        product: "kain-panjang-batik-tulis-kawung-soga",
        note_id: "Kawung soga klasik yang membuka pameran 2025.",
        note_en: "The classic soga kawung that opened the 2025 exhibition.",
      },
      {
        product: "kain-panjang-batik-tulis-truntum-indigo",
        note_id: "Truntum indigo yang dicelup air hujan tampungan.",
        note_en: "Indigo truntum dyed in collected rainwater.",
      },
      {
        product: "kain-panjang-batik-cap-lawang-sewu-merah-muda",
        note_id: "Cap tembaga Lawang Sewu buatan tangan Rejomulyo.",
        note_en: "Rejomulyo's hand-made Lawang Sewu copper stamp.",
      },
      {
        product: "kain-panjang-batik-tulis-mega-mendung-merah-muda",
        note_id: "Mega Mendung tulis di atas sutra dari pesisir Tugu.",
        note_en: "Hand-drawn Mega Mendung on silk from the Tugu coast.",
      },
      {
        product: "kain-panjang-batik-tulis-truntum-soga",
        note_id: "Kain truntum untuk orang tua pengantin.",
        note_en: "A truntum cloth for the parents of a bride and groom.",
      },
      {
        product: "selendang-batik-tulis-blekok-srondol-mahoni",
        note_id: "Selendang blekok pertama yang terjual daring.",
        note_en: "The first heron shawl sold online.",
      },
    ],
  },
]
