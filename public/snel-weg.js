// Snel weg: leave with location.replace so Back does not return here; Shift pressed 3x does the same.
(() => {
  const knop = document.querySelector('[data-snel-weg]');
  if (!knop) return;
  const weg = (e) => {
    if (e) e.preventDefault();
    document.body.hidden = true; // hide the content at once, before the next page loads
    location.replace(knop.href);
  };
  knop.addEventListener('click', weg);
  let keer = 0;
  let timer;
  document.addEventListener('keyup', (e) => {
    if (e.key !== 'Shift') { keer = 0; return; }
    keer += 1;
    clearTimeout(timer);
    timer = setTimeout(() => { keer = 0; }, 2000);
    if (keer >= 3) weg();
  });
})();
