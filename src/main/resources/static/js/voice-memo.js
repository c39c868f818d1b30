// Voice memo: records the microphone with MediaRecorder, shows the duration, plays the
// recording back and sends it through the ordinary upload form (the blob becomes the
// form's file), with the chosen language.
(function () {
  'use strict';

  function pickType() {
    var types = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/ogg'];
    if (typeof MediaRecorder === 'undefined' || !MediaRecorder.isTypeSupported) {
      return '';
    }
    for (var i = 0; i < types.length; i++) {
      if (MediaRecorder.isTypeSupported(types[i])) {
        return types[i];
      }
    }
    return '';
  }

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = Math.floor(seconds % 60);
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function init() {
    var form = document.getElementById('memo-form');
    if (!form) {
      return;
    }
    var record = document.getElementById('memo-record');
    var stop = document.getElementById('memo-stop');
    var send = document.getElementById('memo-send');
    var duration = document.getElementById('memo-duration');
    var playback = document.getElementById('memo-playback');
    var status = document.getElementById('memo-status');
    var fileInput = document.getElementById('memo-file');
    var recorder = null;
    var chunks = [];
    var blob = null;
    var started = 0;
    var timer = null;

    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof MediaRecorder === 'undefined') {
      record.disabled = true;
      status.textContent = form.dataset.unsupported;
      return;
    }

    function tick() {
      duration.textContent = format((Date.now() - started) / 1000);
    }

    record.addEventListener('click', function () {
      status.textContent = '';
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        var type = pickType();
        recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
        chunks = [];
        blob = null;
        send.disabled = true;
        playback.hidden = true;
        recorder.addEventListener('dataavailable', function (event) {
          if (event.data && event.data.size > 0) {
            chunks.push(event.data);
          }
        });
        recorder.addEventListener('stop', function () {
          clearInterval(timer);
          tick();
          stream.getTracks().forEach(function (track) { track.stop(); });
          blob = new Blob(chunks, { type: recorder.mimeType || 'audio/webm' });
          playback.src = URL.createObjectURL(blob);
          playback.hidden = false;
          send.disabled = blob.size === 0;
          record.disabled = false;
          stop.disabled = true;
          form.dataset.state = 'recorded';
        });
        recorder.start(250);
        started = Date.now();
        tick();
        timer = setInterval(tick, 250);
        record.disabled = true;
        stop.disabled = false;
        form.dataset.state = 'recording';
      }).catch(function (error) {
        status.textContent = form.dataset.denied + ' (' + error.name + ')';
      });
    });

    stop.addEventListener('click', function () {
      if (recorder && recorder.state !== 'inactive') {
        recorder.stop();
      }
    });

    form.addEventListener('submit', function (event) {
      if (!blob || blob.size === 0) {
        event.preventDefault();
        status.textContent = form.dataset.empty;
        return;
      }
      var extension = blob.type.indexOf('ogg') >= 0 ? 'ogg' : 'webm';
      var transfer = new DataTransfer();
      transfer.items.add(new File([blob], 'memo-vocal.' + extension, { type: blob.type }));
      fileInput.files = transfer.files;
      send.disabled = true;
      status.textContent = form.dataset.sending;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
})();
