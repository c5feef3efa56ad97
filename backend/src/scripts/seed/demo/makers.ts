import type { DyeType } from "@gelar/shared"
import type { MakerPerson } from "../../../workflows/maker/types"
import type { MotifKind } from "./patterns"

/** One invented batik business of the demo catalogue, with the maker module's fields (decision 002). */
export type DemoMaker = {
  handle: string
  name: string
  size_class: "kecil" | "menengah"
  district: string
  sentra: string | null
  story_id: string
  story_en: string
  founded_year: number
  people: MakerPerson[]
  email: string
  phone: string
  whatsapp: string
  pickup_address: string
  /** Logo drawing: the motif the maker is known for, in its usual dye. */
  logo: { motif: MotifKind; dye: DyeType; palette: number }
}

const MALON = "Sentra Batik Malon"
const KAMPUNG_BATIK = "Kampung Batik Semarang"

/**
 * The makers of the demo exhibition. Every name, person and number is invented; districts, the Malon
 * centre in Gunungpati and the Kampung Batik in Semarang Timur are real places.
 */
export const DEMO_MAKERS: DemoMaker[] = [
  {
    handle: "batik-sekar-malon",
    name: "Batik Sekar Malon",
    size_class: "kecil",
    district: "Gunungpati",
    sentra: MALON,
    story_id:
      "Berawal dari kelompok ibu-ibu Kelurahan Kalisegoro yang belajar membatik pada 2012, Sekar Malon kini mewarnai setiap kain dengan pewarna alam dari kebun sendiri: indigo, kulit mahoni, dan daun mangga.",
    story_en:
      "Started in 2012 by a group of women from Kalisegoro learning to batik, Sekar Malon now dyes every cloth with natural dyes from its own garden: indigo, mahogany bark and mango leaves.",
    founded_year: 2012,
    people: [
      { name: "Sri Wahyuni", role: "Pendiri / Founder", bio_id: "Membatik sejak remaja, kini melatih perajin muda Malon.", bio_en: "Has made batik since her teens and now trains young makers in Malon." },
      { name: "Dwi Astuti", role: "Pewarna / Dyer", bio_id: "Meracik resep indigo fermentasi kelompok.", bio_en: "Keeps the group's fermented indigo recipe." },
    ],
    email: "sekarmalon@gelar.test",
    phone: "+62 24 7690 1122",
    whatsapp: "+62 812 2601 1122",
    pickup_address: "Jl. Malon Raya No. 12, Kalisegoro, Gunungpati, Semarang 50229",
    logo: { motif: "kawung", dye: "natural", palette: 0 },
  },
  {
    handle: "batik-wana-lestari",
    name: "Batik Wana Lestari",
    size_class: "menengah",
    district: "Gunungpati",
    sentra: MALON,
    story_id:
      "Wana Lestari mempekerjakan 28 perajin dan menanam sendiri pohon tingi, tegeran dan jolawe di lereng Gunungpati. Kain-kainnya dikenal dengan warna soga yang dalam.",
    story_en:
      "Wana Lestari employs 28 makers and grows its own tingi, tegeran and jolawe trees on the slopes of Gunungpati. Its cloths are known for their deep soga browns.",
    founded_year: 2009,
    people: [
      { name: "Bambang Sutrisno", role: "Pemilik / Owner", bio_id: "Mantan guru biologi yang meneliti tanaman pewarna.", bio_en: "A former biology teacher who studies dye plants." },
      { name: "Lestari Handayani", role: "Kepala produksi / Head of production", bio_id: "Mengatur 28 perajin tulis dan cap.", bio_en: "Leads 28 hand-drawing and stamping makers." },
    ],
    email: "wanalestari@gelar.test",
    phone: "+62 24 7690 2233",
    whatsapp: "+62 813 2502 2233",
    pickup_address: "Jl. Kalisegoro Raya No. 45, Gunungpati, Semarang 50229",
    logo: { motif: "asem-arang", dye: "natural", palette: 1 },
  },
  {
    handle: "batik-tirta-malon",
    name: "Batik Tirta Malon",
    size_class: "kecil",
    district: "Gunungpati",
    sentra: MALON,
    story_id:
      "Usaha keluarga di tepi Kali Kreo. Tirta Malon memakai air hujan tampungan untuk mencelup, dan setiap kain tulis dikerjakan satu orang dari awal hingga akhir.",
    story_en:
      "A family business on the Kreo river. Tirta Malon dyes with collected rainwater, and each hand-drawn cloth is made by one person from start to finish.",
    founded_year: 2016,
    people: [
      { name: "Agus Priyanto", role: "Pembatik / Batik maker", bio_id: "Spesialis motif parang dan truntum.", bio_en: "Specialises in parang and truntum motifs." },
    ],
    email: "tirtamalon@gelar.test",
    phone: "+62 24 7690 3344",
    whatsapp: "+62 857 2703 3344",
    pickup_address: "Dusun Malon RT 03 RW 02, Kalisegoro, Gunungpati, Semarang 50229",
    logo: { motif: "parang", dye: "natural", palette: 0 },
  },
  {
    handle: "batik-jolawe-asri",
    name: "Batik Jolawe Asri",
    size_class: "kecil",
    district: "Gunungpati",
    sentra: MALON,
    story_id:
      "Didirikan oleh tiga bersaudara lulusan pelatihan Dinas Perindustrian 2018. Warna kuning-hijau khas jolawe menjadi ciri selendang dan scarf mereka.",
    story_en:
      "Founded by three sisters after the city industry office's 2018 training. The yellow-green of jolawe marks their shawls and scarves.",
    founded_year: 2018,
    people: [
      { name: "Rina Marlina", role: "Desainer / Designer", bio_id: "Merancang motif kontemporer dari flora Gunungpati.", bio_en: "Designs contemporary motifs from Gunungpati's plants." },
      { name: "Rini Marlina", role: "Pembatik / Batik maker", bio_id: "Mengerjakan isen-isen halus.", bio_en: "Draws the fine filling patterns." },
    ],
    email: "jolaweasri@gelar.test",
    phone: "+62 24 7690 4455",
    whatsapp: "+62 878 3304 4455",
    pickup_address: "Jl. Mr. Wuryanto No. 8, Sumurejo, Gunungpati, Semarang 50226",
    logo: { motif: "truntum", dye: "natural", palette: 4 },
  },
  {
    handle: "griya-batik-rejomulyo",
    name: "Griya Batik Rejomulyo",
    size_class: "menengah",
    district: "Semarang Timur",
    sentra: KAMPUNG_BATIK,
    story_id:
      "Di Kampung Batik, tempat batik Semarangan tumbuh sejak abad ke-19, Griya Batik Rejomulyo menghidupkan kembali motif pesisir: Asem Arang, Blekok Srondol dan Lawang Sewu, dengan cap tembaga buatan sendiri.",
    story_en:
      "In the Kampung Batik, where Semarang batik has grown since the 19th century, Griya Batik Rejomulyo revives coastal motifs (Asem Arang, Blekok Srondol, Lawang Sewu) with copper stamps it makes itself.",
    founded_year: 2006,
    people: [
      { name: "Hartono Wibisono", role: "Pemilik / Owner", bio_id: "Generasi ketiga keluarga pembatik Rejomulyo.", bio_en: "Third generation of a Rejomulyo batik family." },
      { name: "Siti Khotijah", role: "Perajin cap / Stamp maker", bio_id: "Membuat cap tembaga dengan tangan.", bio_en: "Makes the copper stamps by hand." },
    ],
    email: "rejomulyo@gelar.test",
    phone: "+62 24 354 5566",
    whatsapp: "+62 811 2905 5566",
    pickup_address: "Kampung Batik Tengah No. 21, Rejomulyo, Semarang Timur, Semarang 50124",
    logo: { motif: "lawang-sewu", dye: "synthetic", palette: 3 },
  },
  {
    handle: "batik-warak-kampung",
    name: "Batik Warak Kampung",
    size_class: "kecil",
    district: "Semarang Timur",
    sentra: KAMPUNG_BATIK,
    story_id:
      "Warak Ngendog, hewan rekaan pawai Dugderan, adalah kesayangan kami. Kami membuat kemeja dan masker ceria dengan remazol untuk anak muda Semarang.",
    story_en:
      "Warak Ngendog, the imaginary creature of the Dugderan parade, is our favourite. We make cheerful shirts and masks dyed with remazol for Semarang's young people.",
    founded_year: 2019,
    people: [
      { name: "Yusuf Maulana", role: "Pendiri / Founder", bio_id: "Ilustrator yang jatuh cinta pada batik.", bio_en: "An illustrator who fell in love with batik." },
    ],
    email: "warakkampung@gelar.test",
    phone: "+62 24 354 6677",
    whatsapp: "+62 896 3106 6677",
    pickup_address: "Kampung Batik Gedong No. 5, Rejomulyo, Semarang Timur, Semarang 50124",
    logo: { motif: "warak-ngendog", dye: "synthetic", palette: 1 },
  },
  {
    handle: "batik-lawang-asri",
    name: "Batik Lawang Asri",
    size_class: "menengah",
    district: "Semarang Tengah",
    sentra: null,
    story_id:
      "Butik batik siap pakai di dekat Tugu Muda. Lawang Asri bekerja sama dengan pembatik cap di Semarang Timur dan menjahit sendiri kemeja, dress dan outer.",
    story_en:
      "A ready-to-wear batik boutique near Tugu Muda. Lawang Asri works with stamp makers in Semarang Timur and tailors its own shirts, dresses and outers.",
    founded_year: 2011,
    people: [
      { name: "Maria Kristina", role: "Pemilik / Owner", bio_id: "Perancang busana lulusan Yogyakarta.", bio_en: "A fashion designer trained in Yogyakarta." },
      { name: "Teguh Santoso", role: "Penjahit kepala / Head tailor", bio_id: "Menjahit kemeja batik sejak 1998.", bio_en: "Has tailored batik shirts since 1998." },
    ],
    email: "lawangasri@gelar.test",
    phone: "+62 24 845 7788",
    whatsapp: "+62 812 2807 7788",
    pickup_address: "Jl. Pemuda No. 150, Sekayu, Semarang Tengah, Semarang 50132",
    logo: { motif: "lawang-sewu", dye: "natural", palette: 2 },
  },
  {
    handle: "batik-tembalang-sejahtera",
    name: "Batik Tembalang Sejahtera",
    size_class: "kecil",
    district: "Tembalang",
    sentra: null,
    story_id:
      "Usaha rumahan dekat kampus Tembalang yang membuat batik cap rapi dengan harga terjangkau untuk mahasiswa dan seragam kantor.",
    story_en:
      "A home business near the Tembalang campus making neat stamped batik at prices students and office uniforms can afford.",
    founded_year: 2015,
    people: [
      { name: "Endang Purwaningsih", role: "Pemilik / Owner", bio_id: "Memulai usaha dengan dua cap pinjaman.", bio_en: "Started with two borrowed stamps." },
    ],
    email: "tembalang@gelar.test",
    phone: "+62 24 764 8899",
    whatsapp: "+62 857 4108 8899",
    pickup_address: "Jl. Banjarsari Selatan No. 17, Tembalang, Semarang 50275",
    logo: { motif: "sidomukti", dye: "synthetic", palette: 4 },
  },
  {
    handle: "batik-blekok-srondol",
    name: "Batik Blekok Srondol",
    size_class: "kecil",
    district: "Banyumanik",
    sentra: null,
    story_id:
      "Dulu burung blekok bersarang di pohon-pohon Srondol. Kami menggambarnya kembali, satu per satu, dengan canting di atas sutra dan katun primisima.",
    story_en:
      "Herons (blekok) once nested in the trees of Srondol. We draw them again, one by one, with a canting on silk and primisima cotton.",
    founded_year: 2013,
    people: [
      { name: "Wahyu Hidayat", role: "Pembatik / Batik maker", bio_id: "Pelukis yang beralih ke canting.", bio_en: "A painter who switched to the canting." },
      { name: "Nur Aini", role: "Pengelola / Manager", bio_id: "Mengurus pameran dan pesanan.", bio_en: "Handles exhibitions and orders." },
    ],
    email: "blekoksrondol@gelar.test",
    phone: "+62 24 747 9900",
    whatsapp: "+62 813 9009 9900",
    pickup_address: "Jl. Setiabudi No. 88, Srondol Kulon, Banyumanik, Semarang 50263",
    logo: { motif: "blekok-srondol", dye: "natural", palette: 5 },
  },
  {
    handle: "batik-pesisir-tugu",
    name: "Batik Pesisir Tugu",
    size_class: "menengah",
    district: "Tugu",
    sentra: null,
    story_id:
      "Di pesisir barat Semarang, Pesisir Tugu memadukan cap untuk latar dan canting untuk detail. Warna-warna laut dan mega mendung menjadi andalan.",
    story_en:
      "On Semarang's western coast, Pesisir Tugu combines stamps for the ground with the canting for details. Sea colours and mega mendung clouds are its signature.",
    founded_year: 2008,
    people: [
      { name: "Slamet Riyadi", role: "Pemilik / Owner", bio_id: "Nelayan yang beralih menjadi juragan batik.", bio_en: "A fisherman turned batik entrepreneur." },
      { name: "Puji Rahayu", role: "Kepala pewarnaan / Head dyer", bio_id: "Ahli indigosol dan naphtol.", bio_en: "Expert in indigosol and naphthol." },
    ],
    email: "pesisirtugu@gelar.test",
    phone: "+62 24 866 1010",
    whatsapp: "+62 812 2910 1010",
    pickup_address: "Jl. Walisongo KM 9 No. 3, Mangkang Kulon, Tugu, Semarang 50155",
    logo: { motif: "mega-mendung", dye: "synthetic", palette: 4 },
  },
  {
    handle: "batik-candi-sari",
    name: "Batik Candi Sari",
    size_class: "kecil",
    district: "Candisari",
    sentra: null,
    story_id:
      "Dua sahabat di Candisari membuat batik tulis halus bermotif klasik: kawung, truntum dan sidomukti untuk kain pernikahan.",
    story_en:
      "Two friends in Candisari make fine hand-drawn batik in classic motifs (kawung, truntum and sidomukti) for wedding cloths.",
    founded_year: 2014,
    people: [
      { name: "Ratna Dewi", role: "Pembatik / Batik maker", bio_id: "Belajar di Solo, kembali ke Semarang pada 2013.", bio_en: "Trained in Solo and came back to Semarang in 2013." },
      { name: "Fitri Anggraini", role: "Pembatik / Batik maker", bio_id: "Ahli motif truntum.", bio_en: "An expert in the truntum motif." },
    ],
    email: "candisari@gelar.test",
    phone: "+62 24 831 1212",
    whatsapp: "+62 877 3211 1212",
    pickup_address: "Jl. Sultan Agung No. 60, Candisari, Semarang 50252",
    logo: { motif: "truntum", dye: "natural", palette: 2 },
  },
  {
    handle: "batik-mijen-hijau",
    name: "Batik Mijen Hijau",
    size_class: "kecil",
    district: "Mijen",
    sentra: null,
    story_id:
      "Kelompok tani hutan di Mijen yang membatik di sela panen. Limbah pewarna alam diolah kembali menjadi kompos.",
    story_en:
      "A forest farmers' group in Mijen that makes batik between harvests. Their natural dye waste goes back into compost.",
    founded_year: 2017,
    people: [
      { name: "Suparmi", role: "Ketua kelompok / Group leader", bio_id: "Memimpin 12 anggota kelompok tani.", bio_en: "Leads a farmers' group of 12." },
    ],
    email: "mijenhijau@gelar.test",
    phone: "+62 24 766 1313",
    whatsapp: "+62 858 6512 1313",
    pickup_address: "Jl. RM Hadi Soebeno No. 22, Wonolopo, Mijen, Semarang 50215",
    logo: { motif: "asem-arang", dye: "natural", palette: 4 },
  },
  {
    handle: "rumah-batik-pedurungan",
    name: "Rumah Batik Pedurungan",
    size_class: "menengah",
    district: "Pedurungan",
    sentra: null,
    story_id:
      "Produsen batik cap dan printing untuk seragam sekolah dan kantor se-Semarang. Setiap label menyebut jujur tekniknya: printing bukan batik.",
    story_en:
      "A maker of stamped batik and printed batik-motif textiles for school and office uniforms across Semarang. Every label honestly names the technique: printing is not batik.",
    founded_year: 2003,
    people: [
      { name: "Hendra Gunawan", role: "Direktur / Director", bio_id: "Mengembangkan usaha dari 5 menjadi 40 pekerja.", bio_en: "Grew the business from 5 to 40 workers." },
    ],
    email: "pedurungan@gelar.test",
    phone: "+62 24 671 1414",
    whatsapp: "+62 811 2714 1414",
    pickup_address: "Jl. Brigjen Sudiarto No. 301, Pedurungan, Semarang 50192",
    logo: { motif: "tugu-muda", dye: "synthetic", palette: 0 },
  },
  {
    handle: "batik-ngaliyan-indah",
    name: "Batik Ngaliyan Indah",
    size_class: "kecil",
    district: "Ngaliyan",
    sentra: null,
    story_id:
      "Binaan Dinas Perindustrian sejak 2020. Ngaliyan Indah membuat scarf dan masker batik cap, juga printing bermotif Tugu Muda untuk oleh-oleh.",
    story_en:
      "Trained by the city industry office since 2020. Ngaliyan Indah makes stamped batik scarves and masks, and Tugu Muda printed souvenirs.",
    founded_year: 2020,
    people: [
      { name: "Dian Permatasari", role: "Pemilik / Owner", bio_id: "Memulai usaha saat pandemi dengan masker batik.", bio_en: "Started during the pandemic with batik masks." },
    ],
    email: "ngaliyan@gelar.test",
    phone: "+62 24 762 1515",
    whatsapp: "+62 895 3615 1515",
    pickup_address: "Jl. Prof. Hamka No. 40, Ngaliyan, Semarang 50181",
    logo: { motif: "tugu-muda", dye: "synthetic", palette: 2 },
  },
]
