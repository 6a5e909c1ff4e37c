// Review page: clicking a code line, finding or diagnosis lights up its evidence in the note.
// Marks carry data-refs (space-separated references); buttons carry data-ref.
(function () {
  "use strict";
  var note = document.getElementById("note");
  if (!note) { return; }

  function light(ref) {
    var lit = note.querySelectorAll("mark.lit");
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove("lit"); }
    var active = document.querySelectorAll(".active-ref");
    for (var k = 0; k < active.length; k++) { active[k].classList.remove("active-ref"); }
    var marks = note.querySelectorAll('mark[data-refs~="' + ref + '"]');
    for (var j = 0; j < marks.length; j++) { marks[j].classList.add("lit"); }
    var owner = document.querySelector('[data-ref="' + ref + '"]');
    if (owner) { owner.classList.add("active-ref"); }
    if (marks.length) { marks[0].scrollIntoView({ block: "center", behavior: "smooth" }); }
    return marks.length;
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    if (target.closest("form, a, input, select, textarea")) { return; }
    var button = target.closest(".evlink");
    var card = target.closest("article.line, article.finding");
    var ref = button ? button.getAttribute("data-ref") : (card ? (card.getAttribute("data-ref") || card.id) : null);
    if (ref && /^[a-z]+-[0-9]+$/.test(ref)) { light(ref); }
  });
}());
