#!/usr/bin/env node
// What the storefront's cart action costs at the backend, one shopper, requests one after another:
// a first add as an empty cart then an added line (before) or as a cart created with the piece (now);
// the "is the cart still open" check with the cart page's fields or with two; an add answered with the
// whole cart or with its id. Usage: BACKEND_URL=... PUBLISHABLE_KEY=... node bench/checkout/first-add.mjs
const B=process.env.BACKEND_URL, K=process.env.PUBLISHABLE_KEY
const h={"content-type":"application/json","x-publishable-api-key":K}
const j=async(m,p,b)=>{const r=await fetch(B+p,{method:m,headers:h,body:b?JSON.stringify(b):undefined});const x=await r.json();if(!r.ok)throw new Error(p+JSON.stringify(x));return x}
const {regions}=await j("GET","/store/regions?fields=id,currency_code")
const region_id=regions.find(r=>r.currency_code==="idr").id
const {products}=await j("GET","/store/products?limit=100&fields=id,variants.id,variants.inventory_quantity")
const vs=products.flatMap(p=>p.variants).filter(v=>(v.inventory_quantity??0)>=2)
const F="id,currency_code,total,subtotal,shipping_total,item_total,*items,items.product_handle"
const two=[], one=[], chkFull=[], chkMin=[], addFull=[], addMin=[]
const t=async(fn)=>{const s=performance.now(); const r=await fn(); return [performance.now()-s, r]}
for (let i=0;i<8;i++){
  const v=vs[i%vs.length].id
  const [a,{cart}]=await t(()=>j("POST",`/store/carts?fields=${F}`,{region_id}))
  const [b]=await t(()=>j("POST",`/store/carts/${cart.id}/line-items?fields=${F}`,{variant_id:v,quantity:1}))
  two.push(a+b); addFull.push(b)
  const [c,{cart:c2}]=await t(()=>j("POST",`/store/carts?fields=id`,{region_id,items:[{variant_id:v,quantity:1}]}))
  one.push(c)
  const [d]=await t(()=>j("GET",`/store/carts/${c2.id}?fields=${F}`)); chkFull.push(d)
  const [e]=await t(()=>j("GET",`/store/carts/${c2.id}?fields=id,completed_at`)); chkMin.push(e)
  const [f]=await t(()=>j("POST",`/store/carts/${c2.id}/line-items?fields=id`,{variant_id:vs[(i+1)%vs.length].id,quantity:1})); addMin.push(f)
}
const med=a=>{const s=[...a].sort((x,y)=>x-y);return s[Math.floor(s.length/2)].toFixed(0)}
const rng=a=>`${Math.min(...a).toFixed(0)}-${Math.max(...a).toFixed(0)}`
console.log(`first add, empty cart + add (full fields): median ${med(two)} ms (${rng(two)})`)
console.log(`first add, cart with item (fields=id): median ${med(one)} ms (${rng(one)})`)
console.log(`cart check full fields: ${med(chkFull)} (${rng(chkFull)}); id,completed_at: ${med(chkMin)} (${rng(chkMin)})`)
console.log(`later add full fields: ${med(addFull)} (${rng(addFull)}); fields=id: ${med(addMin)} (${rng(addMin)})`)
