import type { BatikForm, DyeType } from "@gelar/shared"

/**
 * Procedural batik-like pictures for the demo catalogue, drawn as SVG and deterministic from a seed:
 * the same seed gives the same bytes, so the seed and the scale generator make the same pictures on
 * every machine and no image is ever fetched from the internet.
 */

/** The motifs the drawer knows; the catalogue's motif names map onto these. */
export const MOTIF_KINDS = [
  "parang",
  "kawung",
  "truntum",
  "mega-mendung",
  "lawang-sewu",
  "asem-arang",
  "warak-ngendog",
  "tugu-muda",
  "blekok-srondol",
  "sidomukti",
] as const
export type MotifKind = (typeof MOTIF_KINDS)[number]

/** Five colours of one dye bath: cloth ground, main wax-resist colour, second colour, accent, outline. */
export type Palette = {
  name: string
  ground: string
  primary: string
  secondary: string
  accent: string
  line: string
}

/** Natural dyes give muted browns, indigo and rust; synthetic ones brighter reds, turquoise and pinks. */
export const PALETTES: Record<DyeType, Palette[]> = {
  natural: [
    { name: "indigo", ground: "#efe6d2", primary: "#1f3556", secondary: "#4d6a8c", accent: "#a9865a", line: "#14223a" },
    { name: "soga", ground: "#eadbc0", primary: "#6e4426", secondary: "#a2683a", accent: "#2c3a55", line: "#3b2414" },
    { name: "mahoni", ground: "#f1e4cf", primary: "#6a2c1f", secondary: "#a65a3c", accent: "#d6b27a", line: "#3a160e" },
    { name: "tingi", ground: "#e9d6b6", primary: "#8a3b12", secondary: "#c07a3c", accent: "#3f2a1c", line: "#4a1f08" },
    { name: "jolawe", ground: "#f3e9cf", primary: "#8f7236", secondary: "#5f6b3a", accent: "#3d3523", line: "#3d3523" },
    { name: "secang", ground: "#f2e2d8", primary: "#8e2837", secondary: "#c1676b", accent: "#4b2b3d", line: "#4a1019" },
  ],
  synthetic: [
    { name: "naphthol", ground: "#fbf2e4", primary: "#b3202a", secondary: "#e0892b", accent: "#1b1b1b", line: "#1b1b1b" },
    { name: "remazol", ground: "#f3fbf8", primary: "#178f8f", secondary: "#f2b705", accent: "#7a2e8e", line: "#0d4d4d" },
    { name: "indigosol", ground: "#fdf0f4", primary: "#c2336b", secondary: "#3d5aa8", accent: "#f2a541", line: "#5a1a36" },
    { name: "sogan-sintetis", ground: "#f5ecd9", primary: "#5a3a1e", secondary: "#c49a44", accent: "#1f5f46", line: "#2e1d0e" },
    { name: "biru-laut", ground: "#eef4fb", primary: "#1c4e9c", secondary: "#48a7d8", accent: "#f0c419", line: "#0e2750" },
  ],
}

/** 32-bit string hash (FNV-1a): turns a handle into a seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A small deterministic random generator (mulberry32); `Math.random` would change every run. */
export function createRng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    between: (min: number, max: number) => min + next() * (max - min),
    int: (min: number, max: number) => Math.floor(min + next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  }
}
export type Rng = ReturnType<typeof createRng>

const n = (v: number) => Math.round(v * 10) / 10

type Tile = { w: number; h: number; rotate: number; body: string }

/** Small dots (cecek) that fill the ground between the main shapes, as batik makers do. */
function cecek(rng: Rng, w: number, h: number, colour: string, count: number): string {
  let dots = ""
  for (let i = 0; i < count; i++) {
    dots += `<circle cx="${n(rng.between(0, w))}" cy="${n(rng.between(0, h))}" r="${n(rng.between(1, 2.2))}"/>`
  }
  return `<g fill="${colour}" opacity="0.7">${dots}</g>`
}

function parang(rng: Rng, p: Palette): Tile {
  const w = rng.int(90, 130)
  const h = rng.int(110, 150)
  const band = h * 0.55
  const s = `M0 ${n(band * 0.5)} C ${n(w * 0.25)} ${n(band * 0.05)}, ${n(w * 0.25)} ${n(band * 0.95)}, ${n(w * 0.5)} ${n(band * 0.5)} S ${n(w * 0.75)} ${n(band * 0.05)}, ${w} ${n(band * 0.5)}`
  const lozenges = [0.25, 0.75]
    .map((f) => {
      const cx = w * f
      const cy = band + (h - band) / 2
      const r = (h - band) * 0.28
      return `<path d="M${n(cx)} ${n(cy - r)} L${n(cx + r)} ${n(cy)} L${n(cx)} ${n(cy + r)} L${n(cx - r)} ${n(cy)}Z"/>`
    })
    .join("")
  return {
    w,
    h,
    rotate: rng.pick([45, -45]),
    body:
      `<rect width="${w}" height="${n(band)}" fill="${p.primary}"/>` +
      `<path d="${s}" fill="none" stroke="${p.ground}" stroke-width="${n(band * 0.22)}" stroke-linecap="round"/>` +
      `<path d="${s}" fill="none" stroke="${p.secondary}" stroke-width="${n(band * 0.08)}"/>` +
      `<rect y="${n(band)}" width="${w}" height="3" fill="${p.line}"/>` +
      `<g fill="${p.accent}">${lozenges}</g>`,
  }
}

function kawung(rng: Rng, p: Palette): Tile {
  const t = rng.int(90, 130)
  const rx = t * 0.23
  const ry = t * 0.13
  const petals = [
    [t / 2, t * 0.25, 90],
    [t / 2, t * 0.75, 90],
    [t * 0.25, t / 2, 0],
    [t * 0.75, t / 2, 0],
  ]
    .map(
      ([cx, cy, r]) =>
        `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" transform="rotate(${r} ${n(cx)} ${n(cy)})" fill="${p.primary}" stroke="${p.line}" stroke-width="2"/>` +
        `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx * 0.45)}" ry="${n(ry * 0.35)}" transform="rotate(${r} ${n(cx)} ${n(cy)})" fill="${p.secondary}"/>`
    )
    .join("")
  return {
    w: t,
    h: t,
    rotate: rng.pick([0, 45]),
    body:
      cecek(rng, t, t, p.secondary, 6) +
      petals +
      `<circle cx="${n(t / 2)}" cy="${n(t / 2)}" r="${n(t * 0.05)}" fill="${p.accent}"/>` +
      `<circle cx="0" cy="0" r="${n(t * 0.07)}" fill="${p.accent}"/>`,
  }
}

function star(cx: number, cy: number, r: number, points: number): string {
  let d = ""
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 ? r * 0.42 : r
    const a = (Math.PI * i) / points - Math.PI / 2
    d += `${i ? "L" : "M"}${n(cx + radius * Math.cos(a))} ${n(cy + radius * Math.sin(a))}`
  }
  return `${d}Z`
}

function truntum(rng: Rng, p: Palette): Tile {
  const t = rng.int(70, 100)
  const r = t * 0.2
  return {
    w: t,
    h: t,
    rotate: 0,
    body:
      `<rect width="${t}" height="${t}" fill="${p.primary}"/>` +
      `<path d="${star(t * 0.25, t * 0.25, r, 8)}${star(t * 0.75, t * 0.75, r, 8)}" fill="${p.ground}"/>` +
      `<circle cx="${n(t * 0.25)}" cy="${n(t * 0.25)}" r="${n(r * 0.3)}" fill="${p.accent}"/>` +
      `<circle cx="${n(t * 0.75)}" cy="${n(t * 0.75)}" r="${n(r * 0.3)}" fill="${p.accent}"/>` +
      cecek(rng, t, t, p.ground, 5),
  }
}

function cloudPath(cx: number, cy: number, s: number): string {
  return (
    `M${n(cx - 60 * s)} ${n(cy + 20 * s)}` +
    ` C${n(cx - 80 * s)} ${n(cy - 10 * s)} ${n(cx - 45 * s)} ${n(cy - 40 * s)} ${n(cx - 20 * s)} ${n(cy - 22 * s)}` +
    ` C${n(cx - 10 * s)} ${n(cy - 55 * s)} ${n(cx + 35 * s)} ${n(cy - 50 * s)} ${n(cx + 30 * s)} ${n(cy - 18 * s)}` +
    ` C${n(cx + 60 * s)} ${n(cy - 35 * s)} ${n(cx + 85 * s)} ${n(cy)} ${n(cx + 60 * s)} ${n(cy + 20 * s)}Z`
  )
}

function megaMendung(rng: Rng, p: Palette): Tile {
  const w = rng.int(200, 240)
  const h = rng.int(130, 160)
  const layers = rng.int(4, 6)
  const shades = [p.line, p.primary, p.secondary, p.ground]
  let body = ""
  for (const [cx, cy] of [
    [w * 0.3, h * 0.45],
    [w * 0.8, h * 0.95],
  ]) {
    for (let i = 0; i < layers; i++) {
      const s = 1 - i / (layers + 1)
      body += `<path d="${cloudPath(cx, cy, s)}" fill="${shades[Math.min(i, shades.length - 1)]}"/>`
    }
  }
  return { w, h, rotate: 0, body }
}

function lawangSewu(rng: Rng, p: Palette): Tile {
  const w = rng.int(90, 120)
  const h = rng.int(130, 160)
  const arch = (x: number, y: number, aw: number, ah: number) =>
    `M${n(x)} ${n(y + ah)} V${n(y + aw / 2)} A${n(aw / 2)} ${n(aw / 2)} 0 0 1 ${n(x + aw)} ${n(y + aw / 2)} V${n(y + ah)}Z`
  return {
    w,
    h,
    rotate: 0,
    body:
      `<rect width="${w}" height="${n(h * 0.12)}" fill="${p.primary}"/>` +
      `<path d="${arch(w * 0.12, h * 0.18, w * 0.76, h * 0.72)}" fill="${p.primary}"/>` +
      `<path d="${arch(w * 0.22, h * 0.28, w * 0.56, h * 0.62)}" fill="${p.secondary}"/>` +
      `<path d="${arch(w * 0.34, h * 0.4, w * 0.32, h * 0.5)}" fill="${p.ground}" stroke="${p.line}" stroke-width="2"/>` +
      `<rect x="${n(w * 0.48)}" y="${n(h * 0.45)}" width="${n(w * 0.04)}" height="${n(h * 0.45)}" fill="${p.line}"/>` +
      `<rect y="${n(h * 0.9)}" width="${w}" height="${n(h * 0.1)}" fill="${p.accent}"/>`,
  }
}

function asemArang(rng: Rng, p: Palette): Tile {
  const t = rng.int(150, 190)
  let leaves = ""
  const steps = 7
  for (let i = 0; i < steps; i++) {
    const x = t * 0.15 + (t * 0.7 * i) / steps
    const y = t * 0.7 - (t * 0.45 * i) / steps
    leaves +=
      `<ellipse cx="${n(x)}" cy="${n(y - 9)}" rx="4" ry="9" transform="rotate(-40 ${n(x)} ${n(y - 9)})"/>` +
      `<ellipse cx="${n(x + 4)}" cy="${n(y + 9)}" rx="4" ry="9" transform="rotate(40 ${n(x + 4)} ${n(y + 9)})"/>`
  }
  const pod = `M${n(t * 0.55)} ${n(t * 0.62)} q 12 28 4 52 q -6 -20 -4 -52Z`
  return {
    w: t,
    h: t,
    rotate: rng.pick([0, 20, -20]),
    body:
      cecek(rng, t, t, p.secondary, 10) +
      `<path d="M${n(t * 0.1)} ${n(t * 0.75)} Q ${n(t * 0.5)} ${n(t * 0.55)} ${n(t * 0.9)} ${n(t * 0.22)}" fill="none" stroke="${p.line}" stroke-width="3"/>` +
      `<g fill="${p.primary}">${leaves}</g>` +
      `<path d="${pod}" fill="${p.accent}" stroke="${p.line}" stroke-width="1.5"/>`,
  }
}

function warakNgendog(rng: Rng, p: Palette): Tile {
  const t = rng.int(180, 220)
  const cx = t * 0.45
  const cy = t * 0.45
  let scales = ""
  for (let i = 0; i < 4; i++) {
    scales += `<path d="M${n(cx - 30 + i * 14)} ${n(cy - 8)} q 7 10 14 0" fill="none"/>`
  }
  return {
    w: t,
    h: t,
    rotate: 0,
    body:
      cecek(rng, t, t, p.secondary, 8) +
      `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="42" ry="22" fill="${p.primary}" stroke="${p.line}" stroke-width="2"/>` +
      `<path d="M${n(cx + 30)} ${n(cy - 10)} q 16 -30 34 -34 q 6 8 -2 14 q -12 4 -20 26Z" fill="${p.primary}" stroke="${p.line}" stroke-width="2"/>` +
      `<path d="M${n(cx + 58)} ${n(cy - 48)} l 8 -10 M${n(cx + 62)} ${n(cy - 44)} l 12 -4" stroke="${p.line}" stroke-width="2"/>` +
      `<path d="M${n(cx - 40)} ${n(cy - 6)} q -22 -20 -10 -36" fill="none" stroke="${p.secondary}" stroke-width="5" stroke-linecap="round"/>` +
      `<path d="M${n(cx - 24)} ${n(cy + 18)} v 22 M${n(cx - 8)} ${n(cy + 20)} v 22 M${n(cx + 12)} ${n(cy + 20)} v 22 M${n(cx + 26)} ${n(cy + 18)} v 22" stroke="${p.line}" stroke-width="4"/>` +
      `<g stroke="${p.ground}" stroke-width="2">${scales}</g>` +
      `<ellipse cx="${n(cx + 2)}" cy="${n(cy + 56)}" rx="10" ry="13" fill="${p.accent}" stroke="${p.line}" stroke-width="1.5"/>`,
  }
}

function tuguMuda(rng: Rng, p: Palette): Tile {
  const w = rng.int(100, 130)
  const h = rng.int(150, 180)
  const cx = w / 2
  return {
    w,
    h,
    rotate: 0,
    body:
      cecek(rng, w, h, p.secondary, 8) +
      `<path d="M${n(cx)} ${n(h * 0.08)} L${n(cx + 9)} ${n(h * 0.2)} L${n(cx + 13)} ${n(h * 0.78)} L${n(cx - 13)} ${n(h * 0.78)} L${n(cx - 9)} ${n(h * 0.2)}Z" fill="${p.primary}" stroke="${p.line}" stroke-width="2"/>` +
      `<rect x="${n(cx - 26)}" y="${n(h * 0.78)}" width="52" height="${n(h * 0.06)}" fill="${p.secondary}"/>` +
      `<rect x="${n(cx - 36)}" y="${n(h * 0.84)}" width="72" height="${n(h * 0.06)}" fill="${p.primary}"/>` +
      `<path d="${star(w * 0.15, h * 0.3, 9, 5)}${star(w * 0.85, h * 0.5, 9, 5)}" fill="${p.accent}"/>`,
  }
}

function blekokSrondol(rng: Rng, p: Palette): Tile {
  const t = rng.int(160, 200)
  const x = t * 0.4
  const y = t * 0.5
  return {
    w: t,
    h: t,
    rotate: 0,
    body:
      cecek(rng, t, t, p.secondary, 8) +
      `<path d="M${n(t * 0.05)} ${n(t * 0.85)} Q ${n(t * 0.5)} ${n(t * 0.7)} ${n(t * 0.95)} ${n(t * 0.9)}" fill="none" stroke="${p.line}" stroke-width="4"/>` +
      `<ellipse cx="${n(x)}" cy="${n(y)}" rx="30" ry="16" transform="rotate(-20 ${n(x)} ${n(y)})" fill="${p.ground}" stroke="${p.line}" stroke-width="2"/>` +
      `<path d="M${n(x + 24)} ${n(y - 10)} q 14 -18 4 -36 q -4 -8 6 -10" fill="none" stroke="${p.line}" stroke-width="5" stroke-linecap="round"/>` +
      `<path d="M${n(x + 34)} ${n(y - 56)} l 26 6" stroke="${p.accent}" stroke-width="3"/>` +
      `<path d="M${n(x - 4)} ${n(y + 14)} l -4 30 M${n(x + 8)} ${n(y + 12)} l 2 32" stroke="${p.line}" stroke-width="2"/>` +
      `<path d="M${n(x - 28)} ${n(y)} q -20 6 -30 -4" fill="${p.primary}"/>`,
  }
}

function sidomukti(rng: Rng, p: Palette): Tile {
  const t = rng.int(100, 130)
  const c = t / 2
  return {
    w: t,
    h: t,
    rotate: 0,
    body:
      `<path d="M${n(c)} 0 L${t} ${n(c)} L${n(c)} ${t} L0 ${n(c)}Z" fill="none" stroke="${p.primary}" stroke-width="6"/>` +
      `<path d="M${n(c)} ${n(c - 22)} q 14 8 0 22 q -14 -14 0 -22Z M${n(c)} ${n(c + 22)} q 14 -8 0 -22 q -14 14 0 22Z" fill="${p.secondary}"/>` +
      `<path d="M${n(c - 22)} ${n(c)} q 8 14 22 0 q -14 -14 -22 0Z M${n(c + 22)} ${n(c)} q -8 14 -22 0 q 14 -14 22 0Z" fill="${p.accent}"/>` +
      `<circle cx="${n(c)}" cy="${n(c)}" r="4" fill="${p.line}"/>` +
      cecek(rng, t, t, p.primary, 6),
  }
}

const DRAW: Record<MotifKind, (rng: Rng, p: Palette) => Tile> = {
  parang,
  kawung,
  truntum,
  "mega-mendung": megaMendung,
  "lawang-sewu": lawangSewu,
  "asem-arang": asemArang,
  "warak-ngendog": warakNgendog,
  "tugu-muda": tuguMuda,
  "blekok-srondol": blekokSrondol,
  sidomukti,
}

/** Thin wandering lines where the wax cracked in the dye bath (remukan): the look of hand-made batik. */
function crackle(rng: Rng, size: number, colour: string, count: number): string {
  let d = ""
  for (let i = 0; i < count; i++) {
    let x = rng.between(0, size)
    let y = rng.between(0, size)
    d += `M${n(x)} ${n(y)}`
    for (let j = 0; j < 4; j++) {
      x += rng.between(-40, 40)
      y += rng.between(-40, 40)
      d += `L${n(x)} ${n(y)}`
    }
  }
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="0.8" opacity="0.35"/>`
}

/** Outline of the piece as it is photographed: a shirt is a shirt, a kain is cloth laid flat. */
function silhouette(form: BatikForm, size: number): string {
  const s = size / 800
  const path = (d: string) =>
    d.replace(/-?\d+(\.\d+)?/g, (v) => String(n(Number(v) * s)))
  switch (form) {
    case "kemeja":
      return path(
        "M300 110 L250 130 L120 200 L60 360 L150 395 L200 300 L205 700 L595 700 L600 300 L650 395 L740 360 L680 200 L550 130 L500 110 Q400 170 300 110Z"
      )
    case "outer":
      return path(
        "M310 100 L140 170 L70 560 L190 580 L220 330 L225 720 L380 720 L380 150 L420 150 L420 720 L575 720 L580 330 L610 580 L730 560 L660 170 L490 100Z"
      )
    case "dress":
      return path(
        "M320 90 L290 100 L240 260 L300 300 L230 720 L570 720 L500 300 L560 260 L510 100 L480 90 Q400 150 320 90Z"
      )
    case "masker":
      return path("M180 300 Q400 220 620 300 L640 500 Q400 600 160 500Z")
    case "selendang":
      return path("M260 40 L540 40 L540 760 L260 760Z")
    case "scarf":
      return path("M400 60 L740 400 L400 740 L60 400Z")
    default:
      return path("M40 40 L760 40 L760 760 L40 760Z")
  }
}

/** Extra details drawn over the cloth: collar and buttons, ear loops, fringes, the sarung's tumpal panel. */
function details(form: BatikForm, size: number, p: Palette): string {
  const s = size / 800
  const k = (v: number) => n(v * s)
  switch (form) {
    case "kemeja":
      return (
        `<path d="M${k(300)} ${k(110)} L${k(360)} ${k(210)} L${k(400)} ${k(150)} L${k(440)} ${k(210)} L${k(500)} ${k(110)}" fill="none" stroke="${p.line}" stroke-width="${k(6)}"/>` +
        `<path d="M${k(400)} ${k(150)} V${k(700)}" stroke="${p.line}" stroke-width="${k(3)}"/>` +
        [250, 350, 450, 550, 650].map((y) => `<circle cx="${k(412)}" cy="${k(y)}" r="${k(7)}" fill="${p.ground}" stroke="${p.line}"/>`).join("")
      )
    case "masker":
      return `<path d="M${k(180)} ${k(320)} Q${k(90)} ${k(400)} ${k(165)} ${k(480)} M${k(620)} ${k(320)} Q${k(710)} ${k(400)} ${k(635)} ${k(480)}" fill="none" stroke="#7a7a7a" stroke-width="${k(8)}"/>`
    case "selendang": {
      let fringe = ""
      for (let x = 265; x <= 535; x += 12) {
        fringe += `M${k(x)} ${k(760)} v${k(26)} M${k(x)} ${k(40)} v${k(-26)}`
      }
      return `<path d="${fringe}" stroke="${p.primary}" stroke-width="${k(3)}"/>`
    }
    case "sarung": {
      let tumpal = ""
      for (let y = 40; y < 760; y += 60) {
        tumpal += `M${k(330)} ${k(y)} L${k(470)} ${k(y + 30)} L${k(330)} ${k(y + 60)}Z`
      }
      return `<rect x="${k(300)}" y="${k(40)}" width="${k(200)}" height="${k(720)}" fill="${p.ground}"/><path d="${tumpal}" fill="${p.primary}" stroke="${p.line}" stroke-width="${k(2)}"/>`
    }
    case "kain-panjang":
      return `<rect x="${k(40)}" y="${k(40)}" width="${k(720)}" height="${k(720)}" fill="none" stroke="${p.primary}" stroke-width="${k(22)}"/><rect x="${k(58)}" y="${k(58)}" width="${k(684)}" height="${k(684)}" fill="none" stroke="${p.accent}" stroke-width="${k(4)}"/>`
    case "scarf":
      return `<path d="M${k(400)} ${k(90)} L${k(710)} ${k(400)} L${k(400)} ${k(710)} L${k(90)} ${k(400)}Z" fill="none" stroke="${p.accent}" stroke-width="${k(8)}"/>`
    default:
      return ""
  }
}

/** What to draw: motif(s), palette, the form's outline, and the seed that fixes every random choice. */
export type BatikPicture = {
  seed: number
  motifs: MotifKind[]
  palette: Palette
  form: BatikForm
  size?: number
}

/**
 * An SVG of a batik piece: the motifs tiled in the palette's colours with cecek dots and wax crackle,
 * cut to the shape of the form (shirt, dress, kain, scarf...) on a plain studio background.
 */
export function batikSvg({ seed, motifs, palette, form, size = 800 }: BatikPicture): string {
  const rng = createRng(seed)
  const defs = motifs.slice(0, 2).map((motif, i) => {
    const tile = DRAW[motif](rng, palette)
    const scale = n(rng.between(0.8, 1.2) * (size / 800))
    return `<pattern id="m${i}" width="${tile.w}" height="${tile.h}" patternUnits="userSpaceOnUse" patternTransform="rotate(${tile.rotate}) scale(${scale})"><rect width="${tile.w}" height="${tile.h}" fill="${palette.ground}"/>${tile.body}</pattern>`
  })
  const outline = silhouette(form, size)
  // A second motif fills the lower band (the "pinggiran"/"badan" split of many kain).
  const second =
    defs.length > 1
      ? `<rect y="${n(size * 0.68)}" width="${size}" height="${n(size * 0.32)}" fill="url(#m1)"/><rect y="${n(size * 0.67)}" width="${size}" height="${n(size * 0.012)}" fill="${palette.line}"/>`
      : ""
  const studio = rng.pick(["#f4f1ec", "#ece8e1", "#f6f3ee", "#e9eef0"])
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<defs>${defs.join("")}<clipPath id="c"><path d="${outline}"/></clipPath></defs>` +
    `<rect width="${size}" height="${size}" fill="${studio}"/>` +
    `<path d="${outline}" transform="translate(${n(size * 0.012)} ${n(size * 0.015)})" fill="#000" opacity="0.12"/>` +
    `<g clip-path="url(#c)"><rect width="${size}" height="${size}" fill="url(#m0)"/>${second}${crackle(rng, size, palette.line, 14)}${details(form, size, palette)}</g>` +
    `<path d="${outline}" fill="none" stroke="#00000033" stroke-width="2"/>` +
    `</svg>`
  )
}

/** Initials of a business name for its logo ("Batik Sekar Malon" → "SM"), skipping the word "Batik". */
export function initials(name: string): string {
  const words = name
    .split(/\s+/)
    .filter((w) => w && !/^(batik|rumah|griya|ud|cv)$/i.test(w.replace(/\./g, "")))
  return (words.length ? words : [name])
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("")
}

/**
 * A round maker logo: a band of the maker's motif around the initials, in the maker's dye palette.
 * Without a name (logos shared by many makers in the scale catalogue) the centre shows a star instead.
 */
export function logoSvg({
  seed,
  name,
  motif,
  palette,
  size = 400,
}: {
  seed: number
  name: string | null
  motif: MotifKind
  palette: Palette
  size?: number
}): string {
  const rng = createRng(seed)
  const tile = DRAW[motif](rng, palette)
  const c = size / 2
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<defs><pattern id="m" width="${tile.w}" height="${tile.h}" patternUnits="userSpaceOnUse" patternTransform="rotate(${tile.rotate}) scale(0.6)"><rect width="${tile.w}" height="${tile.h}" fill="${palette.ground}"/>${tile.body}</pattern></defs>` +
    `<rect width="${size}" height="${size}" fill="${palette.ground}"/>` +
    `<circle cx="${c}" cy="${c}" r="${n(c * 0.94)}" fill="url(#m)" stroke="${palette.line}" stroke-width="${n(size * 0.02)}"/>` +
    `<circle cx="${c}" cy="${c}" r="${n(c * 0.6)}" fill="${palette.primary}" stroke="${palette.ground}" stroke-width="${n(size * 0.025)}"/>` +
    (name
      ? `<text x="${c}" y="${n(c + size * 0.08)}" text-anchor="middle" font-family="DejaVu Serif, serif" font-weight="bold" font-size="${n(size * 0.23)}" fill="${palette.ground}">${escapeXml(initials(name))}</text>`
      : `<path d="${star(c, c, size * 0.22, 8)}" fill="${palette.ground}"/>`) +
    `</svg>`
  )
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}
