// The explorer's map: pydeck's deck.gl (createDeck from the bundle next to this page) in a
// Streamlit component that reports what st.pydeck_chart does not: the camera the user sets
// with the mouse (debounced), clicks on flows, routes and hubs, the presenter's keys in
// briefing mode, and an online basemap that cannot load. Python owns the view: a camera from
// Python is applied only when its revision changes, so a rerun never undoes a pan in progress.
(function () {
  "use strict";

  var DEBOUNCE_MS = 350;
  var PICK_FIELDS = ["o", "d", "k", "key", "id", "name"];
  var NEXT_KEYS = { ArrowRight: 1, ArrowDown: 1, PageDown: 1 };
  var PREV_KEYS = { ArrowLeft: 1, ArrowUp: 1, PageUp: 1 };

  var container = document.getElementById("map");
  var notice = document.getElementById("notice");
  var deck = null;
  var deckText = null;
  var provider = null;
  var cameraRev = null;
  var viewState = null;
  var seq = 0;
  var drawSeq = 0;
  var timer = null;
  var args = {};
  var styleChecked = null;
  // said with every report once known: a report sent right after it (the map's size, say)
  // may reach Python first and would otherwise drop it
  var basemapFailed = false;

  function send(type, data) {
    var message = { isStreamlitMessage: true, type: type };
    for (var k in data) message[k] = data[k];
    window.parent.postMessage(message, "*");
  }

  function round(x, digits) {
    var f = Math.pow(10, digits);
    return Math.round(x * f) / f;
  }

  function camera() {
    if (!viewState) return null;
    return {
      lon: round(viewState.longitude, 5),
      lat: round(viewState.latitude, 5),
      zoom: round(viewState.zoom, 3),
      pitch: round(viewState.pitch || 0, 2),
      bearing: round(viewState.bearing || 0, 2),
      width: container.clientWidth,
      height: container.clientHeight,
    };
  }

  function report(extra) {
    seq += 1;
    var value = { seq: seq, camera: camera() };
    for (var k in extra || {}) value[k] = extra[k];
    if (basemapFailed) value.basemap_error = true;
    // what was last said to Python, for anyone checking the page (and the browser tests)
    container.dataset.pending = "0";
    container.dataset.reported = JSON.stringify(value.camera);
    send("streamlit:setComponentValue", { value: value, dataType: "json" });
  }

  function reportCameraSoon() {
    clearTimeout(timer);
    container.dataset.pending = "1";
    if (interacting) return; // said once the drag, zoom or glide is over
    timer = setTimeout(function () { report({}); }, DEBOUNCE_MS);
  }

  var interacting = false;
  function onInteraction(state) {
    var now = !!(state.isDragging || state.isPanning || state.isZooming ||
      state.isRotating || state.inTransition);
    if (interacting && !now && container.dataset.pending === "1") {
      interacting = false;
      reportCameraSoon();
    }
    interacting = now;
  }

  function viewStateOf(cam) {
    return {
      longitude: cam.lon,
      latitude: cam.lat,
      zoom: cam.zoom,
      pitch: cam.pitch || 0,
      bearing: cam.bearing || 0,
    };
  }

  function pick(info) {
    if (!info || !info.object || !info.layer) return { layer: null, object: null };
    var object = {};
    PICK_FIELDS.forEach(function (f) {
      if (info.object[f] !== undefined) object[f] = info.object[f];
    });
    return { layer: info.layer.id, object: object };
  }

  function handleEvent(type, info) {
    if (type === "deck-view-state-change-event") {
      viewState = info;
      reportCameraSoon();
    } else if (type === "deck-resize-event") {
      // Python keeps the map's size for exports: say it when it is new to Python
      var size = args.size || [];
      if (size[0] !== container.clientWidth || size[1] !== container.clientHeight) {
        reportCameraSoon();
      }
    } else if (type === "deck-click-event") {
      clearTimeout(timer);
      report({ click: pick(info) });
    }
  }

  function prepare(json) {
    if (args.keys) json.controller = { keyboard: false }; // arrows step through views
    return json;
  }

  function build(json) {
    if (deck) deck.finalize();
    container.innerHTML = "";
    viewState = viewStateOf(args.camera);
    json.initialViewState = viewState;
    deck = window.createDeck({
      container: container,
      jsonInput: prepare(json),
      tooltip: args.tooltip || true,
      handleEvent: handleEvent,
    });
    deck.setProps({ onInteractionStateChange: onInteraction });
    provider = json.mapProvider || null;
    cameraRev = args.camera_rev;
  }

  function update(json) {
    delete json.initialViewState; // keep the camera the user has
    delete json.views;
    window.updateDeck(prepare(json), deck);
  }

  function moveTo(cam, duration) {
    var vs = viewStateOf(cam);
    vs.transitionDuration = duration || 0;
    viewState = viewStateOf(cam);
    deck.setProps({ initialViewState: vs });
  }

  // Beyond the world's edges (a wide frame at the world view) the frame shows the sea's
  // colour, not the page's white: the world does not repeat sideways.
  function paintSea(json) {
    var sea = (json.layers || []).filter(function (l) { return l.id === "sea"; })[0];
    var c = sea && sea.getFillColor;
    container.style.background = Array.isArray(c) && c.length >= 3 ?
      "rgb(" + c[0] + ", " + c[1] + ", " + c[2] + ")" : "";
  }

  function checkBasemap(json) {
    var style = json.mapStyle;
    if (!args.online || typeof style !== "string" || style.indexOf("http") !== 0) {
      notice.hidden = true;
      basemapFailed = false;
      return;
    }
    if (styleChecked === style) return;
    styleChecked = style;
    var done = false;
    function fail() {
      if (done) return;
      done = true;
      notice.textContent = (args.texts || {}).basemap_offline || "The online basemap cannot load.";
      notice.hidden = false;
      basemapFailed = true;
      report({ basemap_error: true });
    }
    setTimeout(fail, 6000);
    fetch(style, { mode: "cors", cache: "no-store" }).then(
      function (r) { if (r.ok) { done = true; notice.hidden = true; } else { fail(); } },
      fail
    );
  }

  function onKey(event) {
    if (!args.keys) return;
    var t = event.target;
    var tag = t && t.tagName ? t.tagName.toLowerCase() : "";
    if (tag === "input" || tag === "textarea" || tag === "select" || (t && t.isContentEditable)) {
      return;
    }
    if (t && t.getAttribute && t.getAttribute("role") === "slider") return;
    var step = NEXT_KEYS[event.key] ? "next" : PREV_KEYS[event.key] ? "prev" : null;
    if (!step) return;
    event.preventDefault();
    report({ key: step });
  }

  function listenForKeys() {
    window.addEventListener("keydown", onKey);
    try {
      // The page around the map (same origin): one listener, replaced by a newer map's.
      var doc = window.parent.document;
      if (window.parent.__flowsAtlasKeys) {
        doc.removeEventListener("keydown", window.parent.__flowsAtlasKeys);
      }
      window.parent.__flowsAtlasKeys = onKey;
      doc.addEventListener("keydown", onKey);
    } catch (e) {
      // another origin: keys work while the map has the focus
    }
  }

  function zoomBy(delta) {
    if (!deck || !viewState) return;
    var cam = camera();
    cam.zoom = Math.max(0, Math.min(20, cam.zoom + delta));
    moveTo(cam, 300);
  }

  document.getElementById("zoom-in").addEventListener("click", function () { zoomBy(1); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomBy(-1); });

  // deck.gl is 4 MB of script: Streamlit hears "ready" at once and the bundle loads after,
  // so a slow machine gets a map late rather than a "trouble loading" warning.
  var bundleLoaded = false;
  var pending = null;

  function loadBundle() {
    var script = document.createElement("script");
    script.src = "deckgl.js";
    script.onload = function () {
      // labels are laid out in this font: have it before deck.gl draws its glyph atlas
      var font = document.fonts && document.fonts.load ?
        document.fonts.load('15px "Atlas Label"') : Promise.resolve();
      font.catch(function () {}).then(function () {
        bundleLoaded = true;
        if (pending) onRender(pending);
      });
    };
    document.head.appendChild(script);
  }

  function onRender(event) {
    var data = event.data;
    if (!data || data.type !== "streamlit:render") return;
    var height = (data.args || {}).height || 600;
    container.style.height = height + "px";
    send("streamlit:setFrameHeight", { height: height });
    // this frame was given the map shown while the records load (drawn unless the records
    // came first): a frame kept from then on draws them in place
    if ((data.args || {}).loading) container.dataset.loadingReceived = "1";
    if (!bundleLoaded) {
      pending = event;
      return;
    }
    pending = null;
    args = data.args || {};
    var texts = args.texts || {};
    document.getElementById("zoom-in").title = texts.zoom_in || "Zoom in";
    document.getElementById("zoom-out").title = texts.zoom_out || "Zoom out";
    document.getElementById("zoom-in").setAttribute("aria-label", texts.zoom_in || "Zoom in");
    document.getElementById("zoom-out").setAttribute("aria-label", texts.zoom_out || "Zoom out");
    if (args.alt) {
      // what a screen reader says of the map: its title
      container.setAttribute("role", "img");
      container.setAttribute("aria-label", args.alt);
    }
    if (deckText !== args.deck) {
      var json = JSON.parse(args.deck);
      checkBasemap(json);
      paintSea(json);
      if (!deck || (json.mapProvider || null) !== provider) {
        build(json);
      } else {
        update(json);
      }
      deckText = args.deck;
      // the first frame of a deck with the records (not the loading one) says it is drawn:
      // the number of decks drawn so far, for anyone checking the page (and the benchmark)
      delete container.dataset.drawn;
      delete container.dataset.drawnAt;
      if (!args.loading) {
        drawSeq += 1;
        var mine = drawSeq;
        deck.setProps({
          onAfterRender: function () {
            if (mine !== drawSeq) return;
            // drawn once every layer has its data (land and borders come from files)
            var manager = deck.layerManager;
            var layers = manager ? manager.getLayers() : [];
            var loaded = layers.every(function (layer) { return layer.isLoaded !== false; });
            if (!loaded || container.dataset.drawn === String(mine)) return;
            container.dataset.drawn = String(mine);
            // when the picture reached the screen: the frame after the one drawn has begun
            // (a benchmark reads it; polling the attribute would add its own delay)
            requestAnimationFrame(function () {
              requestAnimationFrame(function () {
                if (mine === drawSeq) container.dataset.drawnAt = String(Date.now());
              });
            });
          },
        });
      }
    }
    if (cameraRev !== args.camera_rev) {
      cameraRev = args.camera_rev;
      moveTo(args.camera, 0);
    }
  }

  window.addEventListener("message", onRender);
  listenForKeys();
  send("streamlit:componentReady", { apiVersion: 1 });
  loadBundle();
})();
