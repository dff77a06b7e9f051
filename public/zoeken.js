// Site search: Pagefind's own API, loaded from this site; results as a plain list of links.
(() => {
  const form = document.querySelector('[data-zoeken]');
  const uit = document.querySelector('[data-zoek-resultaten]');
  if (!form || !uit) return;
  const veld = form.querySelector('input[name="q"]');
  let pagefind;
  const zoek = async (q) => {
    uit.replaceChildren();
    if (!q.trim()) return;
    pagefind ??= await import('/pagefind/pagefind.js');
    const { results } = await pagefind.search(q);
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    const kop = document.createElement('h2');
    // The sentences come from the page (its language's dictionary), with {n} and {q} to fill in.
    const zin = data.length ? form.dataset.resultaten : form.dataset.geen;
    kop.textContent = zin.replace('{n}', String(data.length)).replace('{q}', q);
    const lijst = document.createElement('ul');
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title || d.url;
      const p = document.createElement('p');
      p.textContent = d.excerpt.replace(/<[^>]+>/g, '');
      li.append(a, p);
      lijst.append(li);
    }
    uit.append(kop, lijst);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(veld.value)}`);
    zoek(veld.value).catch(() => { uit.textContent = 'Zoeken lukt nu niet. Gebruik de lijst met alle pagina’s hieronder.'; });
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) { veld.value = q; zoek(q).catch(() => {}); }
})();
