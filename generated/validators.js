/* generated from spec/ by `npm run generate` — do not edit */
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// virtual:virtual:fast
var virtual_fast_exports = {};
__export(virtual_fast_exports, {
  validateBusinessApprovedEvent: () => validateBusinessApprovedEvent,
  validateBusinessCreatedEvent: () => validateBusinessCreatedEvent,
  validateBusinessRejectedEvent: () => validateBusinessRejectedEvent,
  validateBusinessUpdatedEvent: () => validateBusinessUpdatedEvent,
  validateDeliveryList: () => validateDeliveryList,
  validateJsonWebKeySet: () => validateJsonWebKeySet,
  validateOrderCompletedEvent: () => validateOrderCompletedEvent,
  validateOrderCreatedEvent: () => validateOrderCreatedEvent,
  validateProblem: () => validateProblem,
  validateWebhook: () => validateWebhook,
  validateWebhookCreate: () => validateWebhookCreate,
  validateWebhookList: () => validateWebhookList,
  validateWebhookUpdate: () => validateWebhookUpdate
});
var validateBusinessApprovedEvent = validate21;
var schema34 = { "title": "EventType", "description": "The kind of event a delivery announces. This list is the single source of the event types: the\n`webhooks` section has one entry for each of them.\n", "type": "string", "enum": ["business.created", "business.updated", "business.approved", "business.rejected", "order.created", "order.completed"], "x-enumDescriptions": { "business.created": "A business was submitted for verification.", "business.updated": "A business's details, associations or status changed.", "business.approved": "Verification finished and the business was approved.", "business.rejected": "Verification finished and the business was rejected.", "order.created": "An order for a verification product was placed for a business.", "order.completed": "Every product of an order has finished." } };
var formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var formats2 = require_formats().fullFormats["date-time"];
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.id === void 0 && (missing0 = "id") || data.type === void 0 && (missing0 = "type") || data.created_at === void 0 && (missing0 = "created_at") || data.data === void 0 && (missing0 = "data")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.object !== void 0) {
          let data0 = data.object;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("event" !== data0) {
            validate22.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.id !== void 0) {
            let data1 = data.id;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (errors === _errs3) {
                if (typeof data1 === "string") {
                  if (!formats0.test(data1)) {
                    validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' }];
                    return false;
                  }
                } else {
                  validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.type !== void 0) {
              let data2 = data.type;
              const _errs5 = errors;
              if (typeof data2 !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/$defs/EventType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data2 === "business.created" || data2 === "business.updated" || data2 === "business.approved" || data2 === "business.rejected" || data2 === "order.created" || data2 === "order.completed")) {
                validate22.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/$defs/EventType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.created_at !== void 0) {
                let data3 = data.created_at;
                const _errs9 = errors;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (errors === _errs10) {
                    if (typeof data3 === "string") {
                      if (!formats2.validate(data3)) {
                        validate22.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                        return false;
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.data !== void 0) {
                  let data4 = data.data;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing1;
                      if (data4.object === void 0 && (missing1 = "object")) {
                        validate22.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data4.object !== void 0) {
                          let data5 = data4.object;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "object": true, "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var schema37 = { "title": "Business", "description": "A business under verification, as carried in event payloads. The top-level scalar fields are always\npresent; each association (`addresses`, `names`, `people`, `registrations`, `tin`, `watchlist`) is\npresent only when the webhook's `include` asks for it (`*`, the default, asks for all;\n`identifiers` for none).\n", "type": "object", "required": ["object", "id", "external_id", "name", "status", "created_at", "updated_at"], "properties": { "object": { "type": "string", "const": "business" }, "id": { "type": "string", "format": "uuid" }, "external_id": { "description": "Your own identifier for the business, if you gave one.", "type": ["string", "null"], "maxLength": 255 }, "name": { "type": "string", "description": "The business's legal name as submitted." }, "status": { "type": "string", "description": "Where the business is in verification.", "enum": ["open", "pending", "in_review", "approved", "rejected"] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "addresses": { "type": "array", "items": { "$ref": "#/$defs/BusinessAddress" } }, "names": { "type": "array", "items": { "$ref": "#/$defs/BusinessName" } }, "people": { "type": "array", "items": { "$ref": "#/$defs/BusinessPerson" } }, "registrations": { "type": "array", "items": { "$ref": "#/$defs/BusinessRegistration" } }, "tin": { "oneOf": [{ "$ref": "#/$defs/BusinessTin" }, { "type": "null" }] }, "watchlist": { "oneOf": [{ "$ref": "#/$defs/BusinessWatchlist" }, { "type": "null" }] } }, "additionalProperties": false };
var schema40 = { "title": "BusinessAddress", "description": "An address associated with the business.", "type": "object", "required": ["address_line1", "address_line2", "city", "state", "postal_code", "country", "submitted"], "properties": { "address_line1": { "type": "string" }, "address_line2": { "type": ["string", "null"] }, "city": { "type": "string" }, "state": { "type": "string", "description": "Two-letter state or region code." }, "postal_code": { "type": "string" }, "country": { "type": "string", "description": "ISO 3166-1 alpha-2 country code.", "pattern": "^[A-Z]{2}$" }, "submitted": { "type": "boolean", "description": "Whether you submitted this address (`false` when verification found it)." } }, "additionalProperties": false };
var schema41 = { "title": "BusinessName", "description": "A name the business is known by.", "type": "object", "required": ["name", "type", "submitted"], "properties": { "name": { "type": "string" }, "type": { "type": "string", "enum": ["legal", "dba"] }, "submitted": { "type": "boolean" } }, "additionalProperties": false };
var schema43 = { "title": "BusinessRegistration", "description": "A registration of the business with a secretary of state.", "type": "object", "required": ["state", "status", "entity_type", "registration_date"], "properties": { "state": { "type": "string" }, "status": { "type": "string", "enum": ["active", "inactive", "unknown"] }, "entity_type": { "type": "string", "description": "For example `llc` or `corporation`." }, "registration_date": { "type": ["string", "null"], "format": "date" } }, "additionalProperties": false };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var formats10 = require_formats().fullFormats.date;
var pattern4 = new RegExp("^[A-Z]{2}$", "u");
var pattern5 = new RegExp("^\\*{5}\\d{4}$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.id === void 0 && (missing0 = "id") || data.external_id === void 0 && (missing0 = "external_id") || data.name === void 0 && (missing0 = "name") || data.status === void 0 && (missing0 = "status") || data.created_at === void 0 && (missing0 = "created_at") || data.updated_at === void 0 && (missing0 = "updated_at")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema37.properties, key0)) {
            validate25.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if ("business" !== data0) {
              validate25.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "business" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== void 0) {
              let data1 = data.id;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (errors === _errs4) {
                  if (typeof data1 === "string") {
                    if (!formats0.test(data1)) {
                      validate25.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' }];
                      return false;
                    }
                  } else {
                    validate25.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.external_id !== void 0) {
                let data2 = data.external_id;
                const _errs6 = errors;
                if (typeof data2 !== "string" && data2 !== null) {
                  validate25.errors = [{ instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/type", keyword: "type", params: { type: schema37.properties.external_id.type }, message: "must be string,null" }];
                  return false;
                }
                if (errors === _errs6) {
                  if (typeof data2 === "string") {
                    if (func2(data2) > 255) {
                      validate25.errors = [{ instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.name !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.name !== "string") {
                    validate25.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.status !== void 0) {
                    let data4 = data.status;
                    const _errs10 = errors;
                    if (typeof data4 !== "string") {
                      validate25.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    if (!(data4 === "open" || data4 === "pending" || data4 === "in_review" || data4 === "approved" || data4 === "rejected")) {
                      validate25.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema37.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.created_at !== void 0) {
                      let data5 = data.created_at;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (errors === _errs13) {
                          if (typeof data5 === "string") {
                            if (!formats2.validate(data5)) {
                              validate25.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                              return false;
                            }
                          } else {
                            validate25.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.updated_at !== void 0) {
                        let data6 = data.updated_at;
                        const _errs16 = errors;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (errors === _errs17) {
                            if (typeof data6 === "string") {
                              if (!formats2.validate(data6)) {
                                validate25.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                return false;
                              }
                            } else {
                              validate25.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.addresses !== void 0) {
                          let data7 = data.addresses;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (Array.isArray(data7)) {
                              var valid3 = true;
                              const len0 = data7.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data8 = data7[i0];
                                const _errs22 = errors;
                                const _errs23 = errors;
                                if (errors === _errs23) {
                                  if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                    let missing1;
                                    if (data8.address_line1 === void 0 && (missing1 = "address_line1") || data8.address_line2 === void 0 && (missing1 = "address_line2") || data8.city === void 0 && (missing1 = "city") || data8.state === void 0 && (missing1 = "state") || data8.postal_code === void 0 && (missing1 = "postal_code") || data8.country === void 0 && (missing1 = "country") || data8.submitted === void 0 && (missing1 = "submitted")) {
                                      validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                      return false;
                                    } else {
                                      const _errs25 = errors;
                                      for (const key1 in data8) {
                                        if (!(key1 === "address_line1" || key1 === "address_line2" || key1 === "city" || key1 === "state" || key1 === "postal_code" || key1 === "country" || key1 === "submitted")) {
                                          validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs25 === errors) {
                                        if (data8.address_line1 !== void 0) {
                                          const _errs26 = errors;
                                          if (typeof data8.address_line1 !== "string") {
                                            validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0 + "/address_line1", schemaPath: "#/$defs/BusinessAddress/properties/address_line1/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid5 = _errs26 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data8.address_line2 !== void 0) {
                                            let data10 = data8.address_line2;
                                            const _errs28 = errors;
                                            if (typeof data10 !== "string" && data10 !== null) {
                                              validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0 + "/address_line2", schemaPath: "#/$defs/BusinessAddress/properties/address_line2/type", keyword: "type", params: { type: schema40.properties.address_line2.type }, message: "must be string,null" }];
                                              return false;
                                            }
                                            var valid5 = _errs28 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data8.city !== void 0) {
                                              const _errs30 = errors;
                                              if (typeof data8.city !== "string") {
                                                validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0 + "/city", schemaPath: "#/$defs/BusinessAddress/properties/city/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid5 = _errs30 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                            if (valid5) {
                                              if (data8.state !== void 0) {
                                                const _errs32 = errors;
                                                if (typeof data8.state !== "string") {
                                                  validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0 + "/state", schemaPath: "#/$defs/BusinessAddress/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid5 = _errs32 === errors;
                                              } else {
                                                var valid5 = true;
                                              }
                                              if (valid5) {
                                                if (data8.postal_code !== void 0) {
                                                  const _errs34 = errors;
                                                  if (typeof data8.postal_code !== "string") {
                                                    validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0 + "/postal_code", schemaPath: "#/$defs/BusinessAddress/properties/postal_code/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid5 = _errs34 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data8.country !== void 0) {
                                                    let data14 = data8.country;
                                                    const _errs36 = errors;
                                                    if (errors === _errs36) {
                                                      if (typeof data14 === "string") {
                                                        if (!pattern4.test(data14)) {
                                                          validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0 + "/country", schemaPath: "#/$defs/BusinessAddress/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"' }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0 + "/country", schemaPath: "#/$defs/BusinessAddress/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid5 = _errs36 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data8.submitted !== void 0) {
                                                      const _errs38 = errors;
                                                      if (typeof data8.submitted !== "boolean") {
                                                        validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0 + "/submitted", schemaPath: "#/$defs/BusinessAddress/properties/submitted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                        return false;
                                                      }
                                                      var valid5 = _errs38 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate25.errors = [{ instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs22 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            } else {
                              validate25.errors = [{ instancePath: instancePath + "/addresses", schemaPath: "#/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.names !== void 0) {
                            let data16 = data.names;
                            const _errs40 = errors;
                            if (errors === _errs40) {
                              if (Array.isArray(data16)) {
                                var valid6 = true;
                                const len1 = data16.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  let data17 = data16[i1];
                                  const _errs42 = errors;
                                  const _errs43 = errors;
                                  if (errors === _errs43) {
                                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                      let missing2;
                                      if (data17.name === void 0 && (missing2 = "name") || data17.type === void 0 && (missing2 = "type") || data17.submitted === void 0 && (missing2 = "submitted")) {
                                        validate25.errors = [{ instancePath: instancePath + "/names/" + i1, schemaPath: "#/$defs/BusinessName/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                        return false;
                                      } else {
                                        const _errs45 = errors;
                                        for (const key2 in data17) {
                                          if (!(key2 === "name" || key2 === "type" || key2 === "submitted")) {
                                            validate25.errors = [{ instancePath: instancePath + "/names/" + i1, schemaPath: "#/$defs/BusinessName/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs45 === errors) {
                                          if (data17.name !== void 0) {
                                            const _errs46 = errors;
                                            if (typeof data17.name !== "string") {
                                              validate25.errors = [{ instancePath: instancePath + "/names/" + i1 + "/name", schemaPath: "#/$defs/BusinessName/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid8 = _errs46 === errors;
                                          } else {
                                            var valid8 = true;
                                          }
                                          if (valid8) {
                                            if (data17.type !== void 0) {
                                              let data19 = data17.type;
                                              const _errs48 = errors;
                                              if (typeof data19 !== "string") {
                                                validate25.errors = [{ instancePath: instancePath + "/names/" + i1 + "/type", schemaPath: "#/$defs/BusinessName/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              if (!(data19 === "legal" || data19 === "dba")) {
                                                validate25.errors = [{ instancePath: instancePath + "/names/" + i1 + "/type", schemaPath: "#/$defs/BusinessName/properties/type/enum", keyword: "enum", params: { allowedValues: schema41.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid8 = _errs48 === errors;
                                            } else {
                                              var valid8 = true;
                                            }
                                            if (valid8) {
                                              if (data17.submitted !== void 0) {
                                                const _errs50 = errors;
                                                if (typeof data17.submitted !== "boolean") {
                                                  validate25.errors = [{ instancePath: instancePath + "/names/" + i1 + "/submitted", schemaPath: "#/$defs/BusinessName/properties/submitted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                  return false;
                                                }
                                                var valid8 = _errs50 === errors;
                                              } else {
                                                var valid8 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate25.errors = [{ instancePath: instancePath + "/names/" + i1, schemaPath: "#/$defs/BusinessName/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs42 === errors;
                                  if (!valid6) {
                                    break;
                                  }
                                }
                              } else {
                                validate25.errors = [{ instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs40 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.people !== void 0) {
                              let data21 = data.people;
                              const _errs52 = errors;
                              if (errors === _errs52) {
                                if (Array.isArray(data21)) {
                                  var valid9 = true;
                                  const len2 = data21.length;
                                  for (let i2 = 0; i2 < len2; i2++) {
                                    let data22 = data21[i2];
                                    const _errs54 = errors;
                                    const _errs55 = errors;
                                    if (errors === _errs55) {
                                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                        let missing3;
                                        if (data22.name === void 0 && (missing3 = "name") || data22.titles === void 0 && (missing3 = "titles")) {
                                          validate25.errors = [{ instancePath: instancePath + "/people/" + i2, schemaPath: "#/$defs/BusinessPerson/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                          return false;
                                        } else {
                                          const _errs57 = errors;
                                          for (const key3 in data22) {
                                            if (!(key3 === "name" || key3 === "titles")) {
                                              validate25.errors = [{ instancePath: instancePath + "/people/" + i2, schemaPath: "#/$defs/BusinessPerson/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs57 === errors) {
                                            if (data22.name !== void 0) {
                                              const _errs58 = errors;
                                              if (typeof data22.name !== "string") {
                                                validate25.errors = [{ instancePath: instancePath + "/people/" + i2 + "/name", schemaPath: "#/$defs/BusinessPerson/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid11 = _errs58 === errors;
                                            } else {
                                              var valid11 = true;
                                            }
                                            if (valid11) {
                                              if (data22.titles !== void 0) {
                                                let data24 = data22.titles;
                                                const _errs60 = errors;
                                                if (errors === _errs60) {
                                                  if (Array.isArray(data24)) {
                                                    var valid12 = true;
                                                    const len3 = data24.length;
                                                    for (let i3 = 0; i3 < len3; i3++) {
                                                      const _errs62 = errors;
                                                      if (typeof data24[i3] !== "string") {
                                                        validate25.errors = [{ instancePath: instancePath + "/people/" + i2 + "/titles/" + i3, schemaPath: "#/$defs/BusinessPerson/properties/titles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid12 = _errs62 === errors;
                                                      if (!valid12) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate25.errors = [{ instancePath: instancePath + "/people/" + i2 + "/titles", schemaPath: "#/$defs/BusinessPerson/properties/titles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid11 = _errs60 === errors;
                                              } else {
                                                var valid11 = true;
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate25.errors = [{ instancePath: instancePath + "/people/" + i2, schemaPath: "#/$defs/BusinessPerson/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid9 = _errs54 === errors;
                                    if (!valid9) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate25.errors = [{ instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs52 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.registrations !== void 0) {
                                let data26 = data.registrations;
                                const _errs64 = errors;
                                if (errors === _errs64) {
                                  if (Array.isArray(data26)) {
                                    var valid13 = true;
                                    const len4 = data26.length;
                                    for (let i4 = 0; i4 < len4; i4++) {
                                      let data27 = data26[i4];
                                      const _errs66 = errors;
                                      const _errs67 = errors;
                                      if (errors === _errs67) {
                                        if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                          let missing4;
                                          if (data27.state === void 0 && (missing4 = "state") || data27.status === void 0 && (missing4 = "status") || data27.entity_type === void 0 && (missing4 = "entity_type") || data27.registration_date === void 0 && (missing4 = "registration_date")) {
                                            validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                            return false;
                                          } else {
                                            const _errs69 = errors;
                                            for (const key4 in data27) {
                                              if (!(key4 === "state" || key4 === "status" || key4 === "entity_type" || key4 === "registration_date")) {
                                                validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs69 === errors) {
                                              if (data27.state !== void 0) {
                                                const _errs70 = errors;
                                                if (typeof data27.state !== "string") {
                                                  validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4 + "/state", schemaPath: "#/$defs/BusinessRegistration/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid15 = _errs70 === errors;
                                              } else {
                                                var valid15 = true;
                                              }
                                              if (valid15) {
                                                if (data27.status !== void 0) {
                                                  let data29 = data27.status;
                                                  const _errs72 = errors;
                                                  if (typeof data29 !== "string") {
                                                    validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4 + "/status", schemaPath: "#/$defs/BusinessRegistration/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  if (!(data29 === "active" || data29 === "inactive" || data29 === "unknown")) {
                                                    validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4 + "/status", schemaPath: "#/$defs/BusinessRegistration/properties/status/enum", keyword: "enum", params: { allowedValues: schema43.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                    return false;
                                                  }
                                                  var valid15 = _errs72 === errors;
                                                } else {
                                                  var valid15 = true;
                                                }
                                                if (valid15) {
                                                  if (data27.entity_type !== void 0) {
                                                    const _errs74 = errors;
                                                    if (typeof data27.entity_type !== "string") {
                                                      validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4 + "/entity_type", schemaPath: "#/$defs/BusinessRegistration/properties/entity_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid15 = _errs74 === errors;
                                                  } else {
                                                    var valid15 = true;
                                                  }
                                                  if (valid15) {
                                                    if (data27.registration_date !== void 0) {
                                                      let data31 = data27.registration_date;
                                                      const _errs76 = errors;
                                                      if (typeof data31 !== "string" && data31 !== null) {
                                                        validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4 + "/registration_date", schemaPath: "#/$defs/BusinessRegistration/properties/registration_date/type", keyword: "type", params: { type: schema43.properties.registration_date.type }, message: "must be string,null" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs76) {
                                                        if (errors === _errs76) {
                                                          if (typeof data31 === "string") {
                                                            if (!formats10.validate(data31)) {
                                                              validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4 + "/registration_date", schemaPath: "#/$defs/BusinessRegistration/properties/registration_date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                      }
                                                      var valid15 = _errs76 === errors;
                                                    } else {
                                                      var valid15 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate25.errors = [{ instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid13 = _errs66 === errors;
                                      if (!valid13) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate25.errors = [{ instancePath: instancePath + "/registrations", schemaPath: "#/properties/registrations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs64 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.tin !== void 0) {
                                  let data32 = data.tin;
                                  const _errs78 = errors;
                                  const _errs79 = errors;
                                  let valid16 = false;
                                  let passing0 = null;
                                  const _errs80 = errors;
                                  const _errs81 = errors;
                                  if (errors === _errs81) {
                                    if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                      let missing5;
                                      if (data32.tin === void 0 && (missing5 = "tin") || data32.verified === void 0 && (missing5 = "verified")) {
                                        const err0 = { instancePath: instancePath + "/tin", schemaPath: "#/$defs/BusinessTin/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                                        if (vErrors === null) {
                                          vErrors = [err0];
                                        } else {
                                          vErrors.push(err0);
                                        }
                                        errors++;
                                      } else {
                                        const _errs83 = errors;
                                        for (const key5 in data32) {
                                          if (!(key5 === "tin" || key5 === "verified")) {
                                            const err1 = { instancePath: instancePath + "/tin", schemaPath: "#/$defs/BusinessTin/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                              vErrors = [err1];
                                            } else {
                                              vErrors.push(err1);
                                            }
                                            errors++;
                                            break;
                                          }
                                        }
                                        if (_errs83 === errors) {
                                          if (data32.tin !== void 0) {
                                            let data33 = data32.tin;
                                            const _errs84 = errors;
                                            if (errors === _errs84) {
                                              if (typeof data33 === "string") {
                                                if (!pattern5.test(data33)) {
                                                  const err2 = { instancePath: instancePath + "/tin/tin", schemaPath: "#/$defs/BusinessTin/properties/tin/pattern", keyword: "pattern", params: { pattern: "^\\*{5}\\d{4}$" }, message: 'must match pattern "^\\*{5}\\d{4}$"' };
                                                  if (vErrors === null) {
                                                    vErrors = [err2];
                                                  } else {
                                                    vErrors.push(err2);
                                                  }
                                                  errors++;
                                                }
                                              } else {
                                                const err3 = { instancePath: instancePath + "/tin/tin", schemaPath: "#/$defs/BusinessTin/properties/tin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err3];
                                                } else {
                                                  vErrors.push(err3);
                                                }
                                                errors++;
                                              }
                                            }
                                            var valid18 = _errs84 === errors;
                                          } else {
                                            var valid18 = true;
                                          }
                                          if (valid18) {
                                            if (data32.verified !== void 0) {
                                              const _errs86 = errors;
                                              if (typeof data32.verified !== "boolean") {
                                                const err4 = { instancePath: instancePath + "/tin/verified", schemaPath: "#/$defs/BusinessTin/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                if (vErrors === null) {
                                                  vErrors = [err4];
                                                } else {
                                                  vErrors.push(err4);
                                                }
                                                errors++;
                                              }
                                              var valid18 = _errs86 === errors;
                                            } else {
                                              var valid18 = true;
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      const err5 = { instancePath: instancePath + "/tin", schemaPath: "#/$defs/BusinessTin/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      if (vErrors === null) {
                                        vErrors = [err5];
                                      } else {
                                        vErrors.push(err5);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid0 = _errs80 === errors;
                                  if (_valid0) {
                                    valid16 = true;
                                    passing0 = 0;
                                  }
                                  const _errs88 = errors;
                                  if (data32 !== null) {
                                    const err6 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                    if (vErrors === null) {
                                      vErrors = [err6];
                                    } else {
                                      vErrors.push(err6);
                                    }
                                    errors++;
                                  }
                                  var _valid0 = _errs88 === errors;
                                  if (_valid0 && valid16) {
                                    valid16 = false;
                                    passing0 = [passing0, 1];
                                  } else {
                                    if (_valid0) {
                                      valid16 = true;
                                      passing0 = 1;
                                    }
                                  }
                                  if (!valid16) {
                                    const err7 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                    if (vErrors === null) {
                                      vErrors = [err7];
                                    } else {
                                      vErrors.push(err7);
                                    }
                                    errors++;
                                    validate25.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs79;
                                    if (vErrors !== null) {
                                      if (_errs79) {
                                        vErrors.length = _errs79;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs78 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.watchlist !== void 0) {
                                    let data35 = data.watchlist;
                                    const _errs90 = errors;
                                    const _errs91 = errors;
                                    let valid19 = false;
                                    let passing1 = null;
                                    const _errs92 = errors;
                                    const _errs93 = errors;
                                    if (errors === _errs93) {
                                      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                        let missing6;
                                        if (data35.hit_count === void 0 && (missing6 = "hit_count")) {
                                          const err8 = { instancePath: instancePath + "/watchlist", schemaPath: "#/$defs/BusinessWatchlist/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                                          if (vErrors === null) {
                                            vErrors = [err8];
                                          } else {
                                            vErrors.push(err8);
                                          }
                                          errors++;
                                        } else {
                                          const _errs95 = errors;
                                          for (const key6 in data35) {
                                            if (!(key6 === "hit_count")) {
                                              const err9 = { instancePath: instancePath + "/watchlist", schemaPath: "#/$defs/BusinessWatchlist/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                              if (vErrors === null) {
                                                vErrors = [err9];
                                              } else {
                                                vErrors.push(err9);
                                              }
                                              errors++;
                                              break;
                                            }
                                          }
                                          if (_errs95 === errors) {
                                            if (data35.hit_count !== void 0) {
                                              let data36 = data35.hit_count;
                                              const _errs96 = errors;
                                              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                                                const err10 = { instancePath: instancePath + "/watchlist/hit_count", schemaPath: "#/$defs/BusinessWatchlist/properties/hit_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                if (vErrors === null) {
                                                  vErrors = [err10];
                                                } else {
                                                  vErrors.push(err10);
                                                }
                                                errors++;
                                              }
                                              if (errors === _errs96) {
                                                if (typeof data36 == "number" && isFinite(data36)) {
                                                  if (data36 < 0 || isNaN(data36)) {
                                                    const err11 = { instancePath: instancePath + "/watchlist/hit_count", schemaPath: "#/$defs/BusinessWatchlist/properties/hit_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    if (vErrors === null) {
                                                      vErrors = [err11];
                                                    } else {
                                                      vErrors.push(err11);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        const err12 = { instancePath: instancePath + "/watchlist", schemaPath: "#/$defs/BusinessWatchlist/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err12];
                                        } else {
                                          vErrors.push(err12);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid1 = _errs92 === errors;
                                    if (_valid1) {
                                      valid19 = true;
                                      passing1 = 0;
                                    }
                                    const _errs98 = errors;
                                    if (data35 !== null) {
                                      const err13 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                      if (vErrors === null) {
                                        vErrors = [err13];
                                      } else {
                                        vErrors.push(err13);
                                      }
                                      errors++;
                                    }
                                    var _valid1 = _errs98 === errors;
                                    if (_valid1 && valid19) {
                                      valid19 = false;
                                      passing1 = [passing1, 1];
                                    } else {
                                      if (_valid1) {
                                        valid19 = true;
                                        passing1 = 1;
                                      }
                                    }
                                    if (!valid19) {
                                      const err14 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                      if (vErrors === null) {
                                        vErrors = [err14];
                                      } else {
                                        vErrors.push(err14);
                                      }
                                      errors++;
                                      validate25.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs91;
                                      if (vErrors !== null) {
                                        if (_errs91) {
                                          vErrors.length = _errs91;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid0 = _errs90 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object")) {
            validate24.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            if (!validate25(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("business.approved" !== data0) {
            validate21.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.approved" }, message: "must be equal to constant" }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate24(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate21.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateBusinessCreatedEvent = validate28;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("business.created" !== data0) {
            validate28.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.created" }, message: "must be equal to constant" }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate24(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate28.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateBusinessRejectedEvent = validate31;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("business.rejected" !== data0) {
            validate31.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.rejected" }, message: "must be equal to constant" }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate24(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate31.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateBusinessUpdatedEvent = validate34;
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate34.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("business.updated" !== data0) {
            validate34.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.updated" }, message: "must be equal to constant" }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate24(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate34.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateDeliveryList = validate37;
var schema50 = { "title": "Delivery", "description": "One event sent (or being sent) to one webhook, with the outcome of its latest attempt. It never holds\na secret, a signature or an access token.\n", "type": "object", "required": ["object", "id", "webhook_id", "event_id", "event_type", "status", "attempts", "last_attempt_at", "last_response_status", "last_error", "next_attempt_at", "created_at"], "properties": { "object": { "type": "string", "const": "delivery", "description": "String representing the object's type." }, "id": { "$ref": "#/$defs/DeliveryId" }, "webhook_id": { "$ref": "#/$defs/WebhookId" }, "event_id": { "type": "string", "format": "uuid", "description": "The delivered event's `id`, also sent as the `webhook-id` header of every attempt." }, "event_type": { "$ref": "#/$defs/EventType" }, "status": { "$ref": "#/$defs/DeliveryStatus" }, "attempts": { "type": "integer", "minimum": 0, "description": "How many attempts were made so far." }, "last_attempt_at": { "description": "When the latest attempt was made; `null` before the first.", "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "last_response_status": { "description": "The HTTP status the endpoint answered to the latest attempt; `null` when it did not answer (or before the first attempt).", "oneOf": [{ "type": "integer", "minimum": 100, "maximum": 599 }, { "type": "null" }] }, "last_error": { "description": "Why the latest attempt failed, in words (a time-out, a refused connection, a failed token request, a non-2xx status); `null` when it succeeded or before the first attempt.", "oneOf": [{ "type": "string", "maxLength": 1e3 }, { "type": "null" }] }, "next_attempt_at": { "description": "When the next attempt is due; `null` once the delivery succeeded or failed.", "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp", "description": "When the delivery was scheduled." } }, "additionalProperties": false };
var schema54 = { "title": "DeliveryStatus", "description": "Where a delivery stands:\n- `pending`: not yet acknowledged; `next_attempt_at` says when it is tried (again).\n- `succeeded`: the endpoint answered a `2xx`.\n- `failed`: given up on: the retry window ended, the endpoint answered `410 Gone` (which disables the\n  webhook), or the webhook was disabled or deleted before the delivery succeeded.\n", "type": "string", "enum": ["pending", "succeeded", "failed"] };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.id === void 0 && (missing0 = "id") || data.webhook_id === void 0 && (missing0 = "webhook_id") || data.event_id === void 0 && (missing0 = "event_id") || data.event_type === void 0 && (missing0 = "event_type") || data.status === void 0 && (missing0 = "status") || data.attempts === void 0 && (missing0 = "attempts") || data.last_attempt_at === void 0 && (missing0 = "last_attempt_at") || data.last_response_status === void 0 && (missing0 = "last_response_status") || data.last_error === void 0 && (missing0 = "last_error") || data.next_attempt_at === void 0 && (missing0 = "next_attempt_at") || data.created_at === void 0 && (missing0 = "created_at")) {
        validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema50.properties, key0)) {
            validate38.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate38.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if ("delivery" !== data0) {
              validate38.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "delivery" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== void 0) {
              let data1 = data.id;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data1 === "string") {
                    if (!formats0.test(data1)) {
                      validate38.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/DeliveryId/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' }];
                      return false;
                    }
                  } else {
                    validate38.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/DeliveryId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.webhook_id !== void 0) {
                let data2 = data.webhook_id;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (errors === _errs8) {
                    if (typeof data2 === "string") {
                      if (!formats0.test(data2)) {
                        validate38.errors = [{ instancePath: instancePath + "/webhook_id", schemaPath: "#/$defs/WebhookId/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' }];
                        return false;
                      }
                    } else {
                      validate38.errors = [{ instancePath: instancePath + "/webhook_id", schemaPath: "#/$defs/WebhookId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.event_id !== void 0) {
                  let data3 = data.event_id;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (errors === _errs10) {
                      if (typeof data3 === "string") {
                        if (!formats0.test(data3)) {
                          validate38.errors = [{ instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' }];
                          return false;
                        }
                      } else {
                        validate38.errors = [{ instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.event_type !== void 0) {
                    let data4 = data.event_type;
                    const _errs12 = errors;
                    if (typeof data4 !== "string") {
                      validate38.errors = [{ instancePath: instancePath + "/event_type", schemaPath: "#/$defs/EventType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    if (!(data4 === "business.created" || data4 === "business.updated" || data4 === "business.approved" || data4 === "business.rejected" || data4 === "order.created" || data4 === "order.completed")) {
                      validate38.errors = [{ instancePath: instancePath + "/event_type", schemaPath: "#/$defs/EventType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.status !== void 0) {
                      let data5 = data.status;
                      const _errs16 = errors;
                      if (typeof data5 !== "string") {
                        validate38.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/$defs/DeliveryStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data5 === "pending" || data5 === "succeeded" || data5 === "failed")) {
                        validate38.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/$defs/DeliveryStatus/enum", keyword: "enum", params: { allowedValues: schema54.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.attempts !== void 0) {
                        let data6 = data.attempts;
                        const _errs19 = errors;
                        if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                          validate38.errors = [{ instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs19) {
                          if (typeof data6 == "number" && isFinite(data6)) {
                            if (data6 < 0 || isNaN(data6)) {
                              validate38.errors = [{ instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.last_attempt_at !== void 0) {
                          let data7 = data.last_attempt_at;
                          const _errs21 = errors;
                          const _errs22 = errors;
                          let valid5 = false;
                          let passing0 = null;
                          const _errs23 = errors;
                          const _errs24 = errors;
                          if (errors === _errs24) {
                            if (errors === _errs24) {
                              if (typeof data7 === "string") {
                                if (!formats2.validate(data7)) {
                                  const err0 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                              } else {
                                const err1 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err1];
                                } else {
                                  vErrors.push(err1);
                                }
                                errors++;
                              }
                            }
                          }
                          var _valid0 = _errs23 === errors;
                          if (_valid0) {
                            valid5 = true;
                            passing0 = 0;
                          }
                          const _errs27 = errors;
                          if (data7 !== null) {
                            const err2 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/properties/last_attempt_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                          var _valid0 = _errs27 === errors;
                          if (_valid0 && valid5) {
                            valid5 = false;
                            passing0 = [passing0, 1];
                          } else {
                            if (_valid0) {
                              valid5 = true;
                              passing0 = 1;
                            }
                          }
                          if (!valid5) {
                            const err3 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/properties/last_attempt_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                            validate38.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs22;
                            if (vErrors !== null) {
                              if (_errs22) {
                                vErrors.length = _errs22;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs21 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.last_response_status !== void 0) {
                            let data8 = data.last_response_status;
                            const _errs29 = errors;
                            const _errs30 = errors;
                            let valid7 = false;
                            let passing1 = null;
                            const _errs31 = errors;
                            if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                              const err4 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                              if (vErrors === null) {
                                vErrors = [err4];
                              } else {
                                vErrors.push(err4);
                              }
                              errors++;
                            }
                            if (errors === _errs31) {
                              if (typeof data8 == "number" && isFinite(data8)) {
                                if (data8 > 599 || isNaN(data8)) {
                                  const err5 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" };
                                  if (vErrors === null) {
                                    vErrors = [err5];
                                  } else {
                                    vErrors.push(err5);
                                  }
                                  errors++;
                                } else {
                                  if (data8 < 100 || isNaN(data8)) {
                                    const err6 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
                                    if (vErrors === null) {
                                      vErrors = [err6];
                                    } else {
                                      vErrors.push(err6);
                                    }
                                    errors++;
                                  }
                                }
                              }
                            }
                            var _valid1 = _errs31 === errors;
                            if (_valid1) {
                              valid7 = true;
                              passing1 = 0;
                            }
                            const _errs33 = errors;
                            if (data8 !== null) {
                              const err7 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err7];
                              } else {
                                vErrors.push(err7);
                              }
                              errors++;
                            }
                            var _valid1 = _errs33 === errors;
                            if (_valid1 && valid7) {
                              valid7 = false;
                              passing1 = [passing1, 1];
                            } else {
                              if (_valid1) {
                                valid7 = true;
                                passing1 = 1;
                              }
                            }
                            if (!valid7) {
                              const err8 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                              if (vErrors === null) {
                                vErrors = [err8];
                              } else {
                                vErrors.push(err8);
                              }
                              errors++;
                              validate38.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs30;
                              if (vErrors !== null) {
                                if (_errs30) {
                                  vErrors.length = _errs30;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs29 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.last_error !== void 0) {
                              let data9 = data.last_error;
                              const _errs35 = errors;
                              const _errs36 = errors;
                              let valid8 = false;
                              let passing2 = null;
                              const _errs37 = errors;
                              if (errors === _errs37) {
                                if (typeof data9 === "string") {
                                  if (func2(data9) > 1e3) {
                                    const err9 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
                                    if (vErrors === null) {
                                      vErrors = [err9];
                                    } else {
                                      vErrors.push(err9);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err10 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err10];
                                  } else {
                                    vErrors.push(err10);
                                  }
                                  errors++;
                                }
                              }
                              var _valid2 = _errs37 === errors;
                              if (_valid2) {
                                valid8 = true;
                                passing2 = 0;
                              }
                              const _errs39 = errors;
                              if (data9 !== null) {
                                const err11 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err11];
                                } else {
                                  vErrors.push(err11);
                                }
                                errors++;
                              }
                              var _valid2 = _errs39 === errors;
                              if (_valid2 && valid8) {
                                valid8 = false;
                                passing2 = [passing2, 1];
                              } else {
                                if (_valid2) {
                                  valid8 = true;
                                  passing2 = 1;
                                }
                              }
                              if (!valid8) {
                                const err12 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                  vErrors = [err12];
                                } else {
                                  vErrors.push(err12);
                                }
                                errors++;
                                validate38.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs36;
                                if (vErrors !== null) {
                                  if (_errs36) {
                                    vErrors.length = _errs36;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs35 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.next_attempt_at !== void 0) {
                                let data10 = data.next_attempt_at;
                                const _errs41 = errors;
                                const _errs42 = errors;
                                let valid9 = false;
                                let passing3 = null;
                                const _errs43 = errors;
                                const _errs44 = errors;
                                if (errors === _errs44) {
                                  if (errors === _errs44) {
                                    if (typeof data10 === "string") {
                                      if (!formats2.validate(data10)) {
                                        const err13 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                                        if (vErrors === null) {
                                          vErrors = [err13];
                                        } else {
                                          vErrors.push(err13);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err14 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err14];
                                      } else {
                                        vErrors.push(err14);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                var _valid3 = _errs43 === errors;
                                if (_valid3) {
                                  valid9 = true;
                                  passing3 = 0;
                                }
                                const _errs47 = errors;
                                if (data10 !== null) {
                                  const err15 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/properties/next_attempt_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err15];
                                  } else {
                                    vErrors.push(err15);
                                  }
                                  errors++;
                                }
                                var _valid3 = _errs47 === errors;
                                if (_valid3 && valid9) {
                                  valid9 = false;
                                  passing3 = [passing3, 1];
                                } else {
                                  if (_valid3) {
                                    valid9 = true;
                                    passing3 = 1;
                                  }
                                }
                                if (!valid9) {
                                  const err16 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/properties/next_attempt_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                                  if (vErrors === null) {
                                    vErrors = [err16];
                                  } else {
                                    vErrors.push(err16);
                                  }
                                  errors++;
                                  validate38.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs42;
                                  if (vErrors !== null) {
                                    if (_errs42) {
                                      vErrors.length = _errs42;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs41 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.created_at !== void 0) {
                                  let data11 = data.created_at;
                                  const _errs49 = errors;
                                  const _errs50 = errors;
                                  if (errors === _errs50) {
                                    if (errors === _errs50) {
                                      if (typeof data11 === "string") {
                                        if (!formats2.validate(data11)) {
                                          validate38.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                          return false;
                                        }
                                      } else {
                                        validate38.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid0 = _errs49 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.data === void 0 && (missing0 = "data") || data.has_more === void 0 && (missing0 = "has_more")) {
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object" || key0 === "data" || key0 === "has_more")) {
            validate37.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate37.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if ("list" !== data0) {
              validate37.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "list" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              let data1 = data.data;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  if (data1.length > 100) {
                    validate37.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (!validate38(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate37.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.has_more !== void 0) {
                const _errs7 = errors;
                if (typeof data.has_more !== "boolean") {
                  validate37.errors = [{ instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateJsonWebKeySet = validate40;
var schema59 = { "title": "JsonWebKey", "description": "A public signing key (RFC 7517) of the platform. Only public members appear: a private member\n(`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`) would be a leak, so the object is closed.\n", "type": "object", "required": ["kty", "kid", "use", "alg"], "properties": { "kty": { "type": "string", "enum": ["RSA", "EC", "OKP"] }, "kid": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The key's id; the `kid` header of each client assertion names the key that signed it." }, "use": { "type": "string", "const": "sig" }, "alg": { "type": "string", "enum": ["RS256", "PS256", "ES256", "EdDSA"] }, "n": { "type": "string", "description": "RSA modulus (base64url)." }, "e": { "type": "string", "description": "RSA public exponent (base64url)." }, "crv": { "type": "string", "enum": ["P-256", "Ed25519"] }, "x": { "type": "string", "description": "EC or OKP public x coordinate (base64url)." }, "y": { "type": "string", "description": "EC public y coordinate (base64url)." } }, "additionalProperties": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.keys === void 0 && (missing0 = "keys")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "keys")) {
            validate40.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.keys !== void 0) {
            let data0 = data.keys;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                if (data0.length > 10) {
                  validate40.errors = [{ instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" }];
                  return false;
                } else {
                  if (data0.length < 1) {
                    validate40.errors = [{ instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data1 = data0[i0];
                      const _errs4 = errors;
                      const _errs5 = errors;
                      if (errors === _errs5) {
                        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                          let missing1;
                          if (data1.kty === void 0 && (missing1 = "kty") || data1.kid === void 0 && (missing1 = "kid") || data1.use === void 0 && (missing1 = "use") || data1.alg === void 0 && (missing1 = "alg")) {
                            validate40.errors = [{ instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            const _errs7 = errors;
                            for (const key1 in data1) {
                              if (!func1.call(schema59.properties, key1)) {
                                validate40.errors = [{ instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs7 === errors) {
                              if (data1.kty !== void 0) {
                                let data2 = data1.kty;
                                const _errs8 = errors;
                                if (typeof data2 !== "string") {
                                  validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/kty", schemaPath: "#/$defs/JsonWebKey/properties/kty/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                if (!(data2 === "RSA" || data2 === "EC" || data2 === "OKP")) {
                                  validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/kty", schemaPath: "#/$defs/JsonWebKey/properties/kty/enum", keyword: "enum", params: { allowedValues: schema59.properties.kty.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid3 = _errs8 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data1.kid !== void 0) {
                                  let data3 = data1.kid;
                                  const _errs10 = errors;
                                  if (errors === _errs10) {
                                    if (typeof data3 === "string") {
                                      if (func2(data3) > 200) {
                                        validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/kid", schemaPath: "#/$defs/JsonWebKey/properties/kid/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                        return false;
                                      } else {
                                        if (func2(data3) < 1) {
                                          validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/kid", schemaPath: "#/$defs/JsonWebKey/properties/kid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/kid", schemaPath: "#/$defs/JsonWebKey/properties/kid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs10 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data1.use !== void 0) {
                                    let data4 = data1.use;
                                    const _errs12 = errors;
                                    if (typeof data4 !== "string") {
                                      validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/use", schemaPath: "#/$defs/JsonWebKey/properties/use/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    if ("sig" !== data4) {
                                      validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/use", schemaPath: "#/$defs/JsonWebKey/properties/use/const", keyword: "const", params: { allowedValue: "sig" }, message: "must be equal to constant" }];
                                      return false;
                                    }
                                    var valid3 = _errs12 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data1.alg !== void 0) {
                                      let data5 = data1.alg;
                                      const _errs14 = errors;
                                      if (typeof data5 !== "string") {
                                        validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/alg", schemaPath: "#/$defs/JsonWebKey/properties/alg/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      if (!(data5 === "RS256" || data5 === "PS256" || data5 === "ES256" || data5 === "EdDSA")) {
                                        validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/alg", schemaPath: "#/$defs/JsonWebKey/properties/alg/enum", keyword: "enum", params: { allowedValues: schema59.properties.alg.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid3 = _errs14 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data1.n !== void 0) {
                                        const _errs16 = errors;
                                        if (typeof data1.n !== "string") {
                                          validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/n", schemaPath: "#/$defs/JsonWebKey/properties/n/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid3 = _errs16 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data1.e !== void 0) {
                                          const _errs18 = errors;
                                          if (typeof data1.e !== "string") {
                                            validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/e", schemaPath: "#/$defs/JsonWebKey/properties/e/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid3 = _errs18 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data1.crv !== void 0) {
                                            let data8 = data1.crv;
                                            const _errs20 = errors;
                                            if (typeof data8 !== "string") {
                                              validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/crv", schemaPath: "#/$defs/JsonWebKey/properties/crv/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            if (!(data8 === "P-256" || data8 === "Ed25519")) {
                                              validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/crv", schemaPath: "#/$defs/JsonWebKey/properties/crv/enum", keyword: "enum", params: { allowedValues: schema59.properties.crv.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid3 = _errs20 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data1.x !== void 0) {
                                              const _errs22 = errors;
                                              if (typeof data1.x !== "string") {
                                                validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/x", schemaPath: "#/$defs/JsonWebKey/properties/x/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid3 = _errs22 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data1.y !== void 0) {
                                                const _errs24 = errors;
                                                if (typeof data1.y !== "string") {
                                                  validate40.errors = [{ instancePath: instancePath + "/keys/" + i0 + "/y", schemaPath: "#/$defs/JsonWebKey/properties/y/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid3 = _errs24 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate40.errors = [{ instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs4 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                }
              } else {
                validate40.errors = [{ instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateOrderCompletedEvent = validate41;
var schema62 = { "title": "Order", "description": "An order for verification products placed for a business.", "type": "object", "required": ["object", "id", "business_id", "status", "products", "created_at", "completed_at"], "properties": { "object": { "type": "string", "const": "order" }, "id": { "type": "string", "format": "uuid" }, "business_id": { "type": "string", "format": "uuid" }, "status": { "type": "string", "enum": ["created", "in_progress", "completed", "cancelled"] }, "products": { "type": "array", "minItems": 1, "items": { "type": "string", "enum": ["identity", "tin", "watchlist", "litigation", "liens"] } }, "created_at": { "$ref": "#/$defs/Timestamp" }, "completed_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] } }, "additionalProperties": false };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.id === void 0 && (missing0 = "id") || data.business_id === void 0 && (missing0 = "business_id") || data.status === void 0 && (missing0 = "status") || data.products === void 0 && (missing0 = "products") || data.created_at === void 0 && (missing0 = "created_at") || data.completed_at === void 0 && (missing0 = "completed_at")) {
        validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object" || key0 === "id" || key0 === "business_id" || key0 === "status" || key0 === "products" || key0 === "created_at" || key0 === "completed_at")) {
            validate44.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate44.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if ("order" !== data0) {
              validate44.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "order" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== void 0) {
              let data1 = data.id;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (errors === _errs4) {
                  if (typeof data1 === "string") {
                    if (!formats0.test(data1)) {
                      validate44.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' }];
                      return false;
                    }
                  } else {
                    validate44.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.business_id !== void 0) {
                let data2 = data.business_id;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (errors === _errs6) {
                    if (typeof data2 === "string") {
                      if (!formats0.test(data2)) {
                        validate44.errors = [{ instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' }];
                        return false;
                      }
                    } else {
                      validate44.errors = [{ instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.status !== void 0) {
                  let data3 = data.status;
                  const _errs8 = errors;
                  if (typeof data3 !== "string") {
                    validate44.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  if (!(data3 === "created" || data3 === "in_progress" || data3 === "completed" || data3 === "cancelled")) {
                    validate44.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema62.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.products !== void 0) {
                    let data4 = data.products;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (Array.isArray(data4)) {
                        if (data4.length < 1) {
                          validate44.errors = [{ instancePath: instancePath + "/products", schemaPath: "#/properties/products/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                          return false;
                        } else {
                          var valid1 = true;
                          const len0 = data4.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data5 = data4[i0];
                            const _errs12 = errors;
                            if (typeof data5 !== "string") {
                              validate44.errors = [{ instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            if (!(data5 === "identity" || data5 === "tin" || data5 === "watchlist" || data5 === "litigation" || data5 === "liens")) {
                              validate44.errors = [{ instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/enum", keyword: "enum", params: { allowedValues: schema62.properties.products.items.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid1 = _errs12 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate44.errors = [{ instancePath: instancePath + "/products", schemaPath: "#/properties/products/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.created_at !== void 0) {
                      let data6 = data.created_at;
                      const _errs14 = errors;
                      const _errs15 = errors;
                      if (errors === _errs15) {
                        if (errors === _errs15) {
                          if (typeof data6 === "string") {
                            if (!formats2.validate(data6)) {
                              validate44.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                              return false;
                            }
                          } else {
                            validate44.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.completed_at !== void 0) {
                        let data7 = data.completed_at;
                        const _errs18 = errors;
                        const _errs19 = errors;
                        let valid3 = false;
                        let passing0 = null;
                        const _errs20 = errors;
                        const _errs21 = errors;
                        if (errors === _errs21) {
                          if (errors === _errs21) {
                            if (typeof data7 === "string") {
                              if (!formats2.validate(data7)) {
                                const err0 = { instancePath: instancePath + "/completed_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                                if (vErrors === null) {
                                  vErrors = [err0];
                                } else {
                                  vErrors.push(err0);
                                }
                                errors++;
                              }
                            } else {
                              const err1 = { instancePath: instancePath + "/completed_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                            }
                          }
                        }
                        var _valid0 = _errs20 === errors;
                        if (_valid0) {
                          valid3 = true;
                          passing0 = 0;
                        }
                        const _errs24 = errors;
                        if (data7 !== null) {
                          const err2 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          if (vErrors === null) {
                            vErrors = [err2];
                          } else {
                            vErrors.push(err2);
                          }
                          errors++;
                        }
                        var _valid0 = _errs24 === errors;
                        if (_valid0 && valid3) {
                          valid3 = false;
                          passing0 = [passing0, 1];
                        } else {
                          if (_valid0) {
                            valid3 = true;
                            passing0 = 1;
                          }
                        }
                        if (!valid3) {
                          const err3 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                          if (vErrors === null) {
                            vErrors = [err3];
                          } else {
                            vErrors.push(err3);
                          }
                          errors++;
                          validate44.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs19;
                          if (vErrors !== null) {
                            if (_errs19) {
                              vErrors.length = _errs19;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object")) {
        validate43.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object")) {
            validate43.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            if (!validate44(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate43.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate41.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate41.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("order.completed" !== data0) {
            validate41.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.completed" }, message: "must be equal to constant" }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate43(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate41.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate41.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateOrderCreatedEvent = validate47;
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate47.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate47.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("order.created" !== data0) {
            validate47.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.created" }, message: "must be equal to constant" }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate43(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate47.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate47.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateProblem = validate50;
var formats32 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.title === void 0 && (missing0 = "title") || data.status === void 0 && (missing0 = "status")) {
        validate50.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "type" || key0 === "title" || key0 === "status" || key0 === "detail" || key0 === "instance" || key0 === "errors")) {
            validate50.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.type !== void 0) {
            let data0 = data.type;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (errors === _errs2) {
                if (typeof data0 === "string") {
                  if (!formats32.test(data0)) {
                    validate50.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/format", keyword: "format", params: { format: "uri-reference" }, message: 'must match format "uri-reference"' }];
                    return false;
                  }
                } else {
                  validate50.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.title !== void 0) {
              const _errs4 = errors;
              if (typeof data.title !== "string") {
                validate50.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== void 0) {
                let data2 = data.status;
                const _errs6 = errors;
                if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                  validate50.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs6) {
                  if (typeof data2 == "number" && isFinite(data2)) {
                    if (data2 > 599 || isNaN(data2)) {
                      validate50.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" }];
                      return false;
                    } else {
                      if (data2 < 400 || isNaN(data2)) {
                        validate50.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 400 }, message: "must be >= 400" }];
                        return false;
                      }
                    }
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.detail !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.detail !== "string") {
                    validate50.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.instance !== void 0) {
                    let data4 = data.instance;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (errors === _errs10) {
                        if (typeof data4 === "string") {
                          if (!formats32.test(data4)) {
                            validate50.errors = [{ instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/format", keyword: "format", params: { format: "uri-reference" }, message: 'must match format "uri-reference"' }];
                            return false;
                          }
                        } else {
                          validate50.errors = [{ instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.errors !== void 0) {
                      let data5 = data.errors;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (Array.isArray(data5)) {
                          var valid1 = true;
                          const len0 = data5.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data6 = data5[i0];
                            const _errs14 = errors;
                            const _errs15 = errors;
                            if (errors === _errs15) {
                              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                let missing1;
                                if (data6.pointer === void 0 && (missing1 = "pointer") || data6.message === void 0 && (missing1 = "message")) {
                                  validate50.errors = [{ instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/ValidationError/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  const _errs17 = errors;
                                  for (const key1 in data6) {
                                    if (!(key1 === "pointer" || key1 === "message")) {
                                      validate50.errors = [{ instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/ValidationError/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs17 === errors) {
                                    if (data6.pointer !== void 0) {
                                      const _errs18 = errors;
                                      if (typeof data6.pointer !== "string") {
                                        validate50.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/pointer", schemaPath: "#/$defs/ValidationError/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid3 = _errs18 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data6.message !== void 0) {
                                        const _errs20 = errors;
                                        if (typeof data6.message !== "string") {
                                          validate50.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/message", schemaPath: "#/$defs/ValidationError/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid3 = _errs20 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate50.errors = [{ instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/ValidationError/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid1 = _errs14 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                        } else {
                          validate50.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate50.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateWebhook = validate51;
var schema68 = { "title": "Webhook", "description": "A webhook endpoint. Secrets are write-only: this object has no `secret` or `oidc_client_secret`\nfield at all, and no other field may appear, so a leaked secret is a contract violation.\nThe `oidc_*` fields are `null` when OIDC is not configured.\n", "type": "object", "required": ["object", "id", "url", "enabled_events", "include", "oidc_auth_method", "oidc_client_id", "oidc_token_endpoint", "oidc_resource_uri", "oidc_scope", "oidc_access_token_ttl_seconds", "created_at", "updated_at", "disabled_at"], "properties": { "object": { "type": "string", "const": "webhook", "description": "String representing the object's type." }, "id": { "$ref": "#/$defs/WebhookId" }, "url": { "$ref": "#/$defs/HttpsUrl", "description": "Webhook endpoint URL." }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "include": { "$ref": "#/$defs/Include", "description": "Associations included in payloads; `*` (all) when none was given." }, "oidc_auth_method": { "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "oneOf": [{ "$ref": "#/$defs/OidcClientId" }, { "type": "null" }] }, "oidc_token_endpoint": { "oneOf": [{ "$ref": "#/$defs/OidcTokenEndpoint" }, { "type": "null" }] }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "oneOf": [{ "$ref": "#/$defs/OidcAccessTokenTtlSeconds" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp", "description": "When the webhook was created." }, "updated_at": { "$ref": "#/$defs/Timestamp", "description": "When the webhook was last changed." }, "disabled_at": { "description": "When the webhook was disabled; `null` while it receives deliveries.", "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] } }, "additionalProperties": false };
var schema75 = { "title": "OidcAuthMethod", "description": "OIDC authentication method for obtaining access tokens. Required when configuring OIDC.\n`private_key_jwt` \u2014 requires `oidc_client_id`, `oidc_token_endpoint`, `oidc_access_token_ttl_seconds`.\n`client_secret` \u2014 requires `oidc_client_id`, `oidc_client_secret`, `oidc_token_endpoint`, `oidc_access_token_ttl_seconds`.\nBoth methods optionally accept `oidc_scope` and `oidc_resource_uri`.\n", "type": "string", "enum": ["private_key_jwt", "client_secret"], "x-error-messages": { "enum": '{field} must be "client_secret" or "private_key_jwt"', "type": '{field} must be "client_secret" or "private_key_jwt"' } };
var formats38 = require_formats().fullFormats.uri;
var pattern6 = new RegExp("^https://[^\\s/?#@]+([/?#]\\S*)?$", "u");
var pattern7 = new RegExp("^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", "u");
var pattern9 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "u");
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ("*" !== data) {
    const err1 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (typeof data !== "string") {
    const err2 = { instancePath, schemaPath: "#/$defs/EventType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (!(data === "business.created" || data === "business.updated" || data === "business.approved" || data === "business.rejected" || data === "order.created" || data === "order.completed")) {
    const err3 = { instancePath, schemaPath: "#/$defs/EventType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate53.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "dynamicProps": false, "dynamicItems": false };
var func0 = require_equal().default;
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (Array.isArray(data)) {
    const _errs3 = errors;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      const _errs4 = errors;
      if ("*" !== data[i0]) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid1 = _errs4 === errors;
      if (valid1) {
        break;
      }
    }
    if (!valid1) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (errors === _errs5) {
      if (Array.isArray(data)) {
        if (data.length > 1) {
          validate52.errors = [{ instancePath, schemaPath: "#/then/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" }];
          return false;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate52.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 100) {
        validate52.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
        return false;
      } else {
        if (data.length < 1) {
          validate52.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
          return false;
        } else {
          var valid2 = true;
          const len1 = data.length;
          for (let i1 = 0; i1 < len1; i1++) {
            const _errs9 = errors;
            if (!validate53(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
              errors = vErrors.length;
            }
            var valid2 = _errs9 === errors;
            if (!valid2) {
              break;
            }
          }
          if (valid2) {
            let i2 = data.length;
            let j0;
            if (i2 > 1) {
              outer0: for (; i2--; ) {
                for (j0 = i2; j0--; ) {
                  if (func0(data[i2], data[j0])) {
                    validate52.errors = [{ instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" }];
                    return false;
                    break outer0;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate52.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (errors === _errs0) {
      if (typeof data === "string") {
        if (func2(data) > 2048) {
          validate56.errors = [{ instancePath, schemaPath: "#/$defs/HttpsUrl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }];
          return false;
        } else {
          if (func2(data) < 9) {
            validate56.errors = [{ instancePath, schemaPath: "#/$defs/HttpsUrl/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters" }];
            return false;
          } else {
            if (!pattern6.test(data)) {
              validate56.errors = [{ instancePath, schemaPath: "#/$defs/HttpsUrl/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#@]+([/?#]\\S*)?$" }, message: 'must match pattern "^https://[^\\s/?#@]+([/?#]\\S*)?$"' }];
              return false;
            } else {
              if (!formats38(data)) {
                validate56.errors = [{ instancePath, schemaPath: "#/$defs/HttpsUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                return false;
              }
            }
          }
        }
      } else {
        validate56.errors = [{ instancePath, schemaPath: "#/$defs/HttpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
        return false;
      }
    }
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.id === void 0 && (missing0 = "id") || data.url === void 0 && (missing0 = "url") || data.enabled_events === void 0 && (missing0 = "enabled_events") || data.include === void 0 && (missing0 = "include") || data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method") || data.oidc_client_id === void 0 && (missing0 = "oidc_client_id") || data.oidc_token_endpoint === void 0 && (missing0 = "oidc_token_endpoint") || data.oidc_resource_uri === void 0 && (missing0 = "oidc_resource_uri") || data.oidc_scope === void 0 && (missing0 = "oidc_scope") || data.oidc_access_token_ttl_seconds === void 0 && (missing0 = "oidc_access_token_ttl_seconds") || data.created_at === void 0 && (missing0 = "created_at") || data.updated_at === void 0 && (missing0 = "updated_at") || data.disabled_at === void 0 && (missing0 = "disabled_at")) {
        validate51.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema68.properties, key0)) {
            validate51.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate51.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if ("webhook" !== data0) {
              validate51.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "webhook" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== void 0) {
              let data1 = data.id;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data1 === "string") {
                    if (!formats0.test(data1)) {
                      validate51.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/WebhookId/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"' }];
                      return false;
                    }
                  } else {
                    validate51.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/WebhookId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.url !== void 0) {
                let data2 = data.url;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (errors === _errs8) {
                    if (typeof data2 === "string") {
                      if (func2(data2) > 2048) {
                        validate51.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }];
                        return false;
                      } else {
                        if (func2(data2) < 9) {
                          validate51.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters" }];
                          return false;
                        } else {
                          if (!pattern6.test(data2)) {
                            validate51.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#@]+([/?#]\\S*)?$" }, message: 'must match pattern "^https://[^\\s/?#@]+([/?#]\\S*)?$"' }];
                            return false;
                          } else {
                            if (!formats38(data2)) {
                              validate51.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                              return false;
                            }
                          }
                        }
                      }
                    } else {
                      validate51.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.enabled_events !== void 0) {
                  const _errs12 = errors;
                  if (!validate52(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.include !== void 0) {
                    let data4 = data.include;
                    const _errs13 = errors;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data4 === "string") {
                        if (func2(data4) > 256) {
                          validate51.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                          return false;
                        } else {
                          if (!pattern7.test(data4)) {
                            validate51.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/pattern", keyword: "pattern", params: { pattern: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$" }, message: 'must match pattern "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$"' }];
                            return false;
                          }
                        }
                      } else {
                        validate51.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.oidc_auth_method !== void 0) {
                      let data5 = data.oidc_auth_method;
                      const _errs18 = errors;
                      const _errs19 = errors;
                      let valid4 = false;
                      let passing0 = null;
                      const _errs20 = errors;
                      if (typeof data5 !== "string") {
                        const err0 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      if (!(data5 === "private_key_jwt" || data5 === "client_secret")) {
                        const err1 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/enum", keyword: "enum", params: { allowedValues: schema75.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                      var _valid0 = _errs20 === errors;
                      if (_valid0) {
                        valid4 = true;
                        passing0 = 0;
                      }
                      const _errs24 = errors;
                      if (data5 !== null) {
                        const err2 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      }
                      var _valid0 = _errs24 === errors;
                      if (_valid0 && valid4) {
                        valid4 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid4 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid4) {
                        const err3 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                        validate51.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs19;
                        if (vErrors !== null) {
                          if (_errs19) {
                            vErrors.length = _errs19;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs18 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.oidc_client_id !== void 0) {
                        let data6 = data.oidc_client_id;
                        const _errs26 = errors;
                        const _errs27 = errors;
                        let valid6 = false;
                        let passing1 = null;
                        const _errs28 = errors;
                        const _errs29 = errors;
                        if (errors === _errs29) {
                          if (typeof data6 === "string") {
                            if (func2(data6) > 255) {
                              const err4 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                              if (vErrors === null) {
                                vErrors = [err4];
                              } else {
                                vErrors.push(err4);
                              }
                              errors++;
                            } else {
                              if (func2(data6) < 1) {
                                const err5 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                  vErrors = [err5];
                                } else {
                                  vErrors.push(err5);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err6 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          }
                        }
                        var _valid1 = _errs28 === errors;
                        if (_valid1) {
                          valid6 = true;
                          passing1 = 0;
                        }
                        const _errs31 = errors;
                        if (data6 !== null) {
                          const err7 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                        }
                        var _valid1 = _errs31 === errors;
                        if (_valid1 && valid6) {
                          valid6 = false;
                          passing1 = [passing1, 1];
                        } else {
                          if (_valid1) {
                            valid6 = true;
                            passing1 = 1;
                          }
                        }
                        if (!valid6) {
                          const err8 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                          validate51.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs27;
                          if (vErrors !== null) {
                            if (_errs27) {
                              vErrors.length = _errs27;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs26 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.oidc_token_endpoint !== void 0) {
                          let data7 = data.oidc_token_endpoint;
                          const _errs33 = errors;
                          const _errs34 = errors;
                          let valid8 = false;
                          let passing2 = null;
                          const _errs35 = errors;
                          if (!validate56(data7, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                            errors = vErrors.length;
                          }
                          var _valid2 = _errs35 === errors;
                          if (_valid2) {
                            valid8 = true;
                            passing2 = 0;
                          }
                          const _errs36 = errors;
                          if (data7 !== null) {
                            const err9 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err9];
                            } else {
                              vErrors.push(err9);
                            }
                            errors++;
                          }
                          var _valid2 = _errs36 === errors;
                          if (_valid2 && valid8) {
                            valid8 = false;
                            passing2 = [passing2, 1];
                          } else {
                            if (_valid2) {
                              valid8 = true;
                              passing2 = 1;
                            }
                          }
                          if (!valid8) {
                            const err10 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err10];
                            } else {
                              vErrors.push(err10);
                            }
                            errors++;
                            validate51.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs34;
                            if (vErrors !== null) {
                              if (_errs34) {
                                vErrors.length = _errs34;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs33 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.oidc_resource_uri !== void 0) {
                            let data8 = data.oidc_resource_uri;
                            const _errs38 = errors;
                            const _errs39 = errors;
                            let valid9 = false;
                            let passing3 = null;
                            const _errs40 = errors;
                            const _errs41 = errors;
                            if (errors === _errs41) {
                              if (errors === _errs41) {
                                if (typeof data8 === "string") {
                                  if (func2(data8) > 2048) {
                                    const err11 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                                    if (vErrors === null) {
                                      vErrors = [err11];
                                    } else {
                                      vErrors.push(err11);
                                    }
                                    errors++;
                                  } else {
                                    if (!formats38(data8)) {
                                      const err12 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                                      if (vErrors === null) {
                                        vErrors = [err12];
                                      } else {
                                        vErrors.push(err12);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err13 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err13];
                                  } else {
                                    vErrors.push(err13);
                                  }
                                  errors++;
                                }
                              }
                            }
                            var _valid3 = _errs40 === errors;
                            if (_valid3) {
                              valid9 = true;
                              passing3 = 0;
                            }
                            const _errs44 = errors;
                            if (data8 !== null) {
                              const err14 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err14];
                              } else {
                                vErrors.push(err14);
                              }
                              errors++;
                            }
                            var _valid3 = _errs44 === errors;
                            if (_valid3 && valid9) {
                              valid9 = false;
                              passing3 = [passing3, 1];
                            } else {
                              if (_valid3) {
                                valid9 = true;
                                passing3 = 1;
                              }
                            }
                            if (!valid9) {
                              const err15 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                              if (vErrors === null) {
                                vErrors = [err15];
                              } else {
                                vErrors.push(err15);
                              }
                              errors++;
                              validate51.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs39;
                              if (vErrors !== null) {
                                if (_errs39) {
                                  vErrors.length = _errs39;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs38 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.oidc_scope !== void 0) {
                              let data9 = data.oidc_scope;
                              const _errs46 = errors;
                              const _errs47 = errors;
                              let valid11 = false;
                              let passing4 = null;
                              const _errs48 = errors;
                              const _errs49 = errors;
                              if (errors === _errs49) {
                                if (typeof data9 === "string") {
                                  if (func2(data9) > 1024) {
                                    const err16 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                                    if (vErrors === null) {
                                      vErrors = [err16];
                                    } else {
                                      vErrors.push(err16);
                                    }
                                    errors++;
                                  } else {
                                    if (func2(data9) < 1) {
                                      const err17 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                      if (vErrors === null) {
                                        vErrors = [err17];
                                      } else {
                                        vErrors.push(err17);
                                      }
                                      errors++;
                                    } else {
                                      if (!pattern9.test(data9)) {
                                        const err18 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, message: 'must match pattern "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"' };
                                        if (vErrors === null) {
                                          vErrors = [err18];
                                        } else {
                                          vErrors.push(err18);
                                        }
                                        errors++;
                                      }
                                    }
                                  }
                                } else {
                                  const err19 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err19];
                                  } else {
                                    vErrors.push(err19);
                                  }
                                  errors++;
                                }
                              }
                              var _valid4 = _errs48 === errors;
                              if (_valid4) {
                                valid11 = true;
                                passing4 = 0;
                              }
                              const _errs53 = errors;
                              if (data9 !== null) {
                                const err20 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err20];
                                } else {
                                  vErrors.push(err20);
                                }
                                errors++;
                              }
                              var _valid4 = _errs53 === errors;
                              if (_valid4 && valid11) {
                                valid11 = false;
                                passing4 = [passing4, 1];
                              } else {
                                if (_valid4) {
                                  valid11 = true;
                                  passing4 = 1;
                                }
                              }
                              if (!valid11) {
                                const err21 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                  vErrors = [err21];
                                } else {
                                  vErrors.push(err21);
                                }
                                errors++;
                                validate51.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs47;
                                if (vErrors !== null) {
                                  if (_errs47) {
                                    vErrors.length = _errs47;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs46 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.oidc_access_token_ttl_seconds !== void 0) {
                                let data10 = data.oidc_access_token_ttl_seconds;
                                const _errs55 = errors;
                                const _errs56 = errors;
                                let valid13 = false;
                                let passing5 = null;
                                const _errs57 = errors;
                                const _errs58 = errors;
                                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                                  const err22 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                  if (vErrors === null) {
                                    vErrors = [err22];
                                  } else {
                                    vErrors.push(err22);
                                  }
                                  errors++;
                                }
                                if (errors === _errs58) {
                                  if (typeof data10 == "number" && isFinite(data10)) {
                                    if (data10 > 86400 || isNaN(data10)) {
                                      const err23 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" };
                                      if (vErrors === null) {
                                        vErrors = [err23];
                                      } else {
                                        vErrors.push(err23);
                                      }
                                      errors++;
                                    } else {
                                      if (data10 < 60 || isNaN(data10)) {
                                        const err24 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60" };
                                        if (vErrors === null) {
                                          vErrors = [err24];
                                        } else {
                                          vErrors.push(err24);
                                        }
                                        errors++;
                                      }
                                    }
                                  }
                                }
                                var _valid5 = _errs57 === errors;
                                if (_valid5) {
                                  valid13 = true;
                                  passing5 = 0;
                                }
                                const _errs61 = errors;
                                if (data10 !== null) {
                                  const err25 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err25];
                                  } else {
                                    vErrors.push(err25);
                                  }
                                  errors++;
                                }
                                var _valid5 = _errs61 === errors;
                                if (_valid5 && valid13) {
                                  valid13 = false;
                                  passing5 = [passing5, 1];
                                } else {
                                  if (_valid5) {
                                    valid13 = true;
                                    passing5 = 1;
                                  }
                                }
                                if (!valid13) {
                                  const err26 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                                  if (vErrors === null) {
                                    vErrors = [err26];
                                  } else {
                                    vErrors.push(err26);
                                  }
                                  errors++;
                                  validate51.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs56;
                                  if (vErrors !== null) {
                                    if (_errs56) {
                                      vErrors.length = _errs56;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs55 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.created_at !== void 0) {
                                  let data11 = data.created_at;
                                  const _errs63 = errors;
                                  const _errs64 = errors;
                                  if (errors === _errs64) {
                                    if (errors === _errs64) {
                                      if (typeof data11 === "string") {
                                        if (!formats2.validate(data11)) {
                                          validate51.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                          return false;
                                        }
                                      } else {
                                        validate51.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid0 = _errs63 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.updated_at !== void 0) {
                                    let data12 = data.updated_at;
                                    const _errs67 = errors;
                                    const _errs68 = errors;
                                    if (errors === _errs68) {
                                      if (errors === _errs68) {
                                        if (typeof data12 === "string") {
                                          if (!formats2.validate(data12)) {
                                            validate51.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                            return false;
                                          }
                                        } else {
                                          validate51.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs67 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.disabled_at !== void 0) {
                                      let data13 = data.disabled_at;
                                      const _errs71 = errors;
                                      const _errs72 = errors;
                                      let valid17 = false;
                                      let passing6 = null;
                                      const _errs73 = errors;
                                      const _errs74 = errors;
                                      if (errors === _errs74) {
                                        if (errors === _errs74) {
                                          if (typeof data13 === "string") {
                                            if (!formats2.validate(data13)) {
                                              const err27 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                                              if (vErrors === null) {
                                                vErrors = [err27];
                                              } else {
                                                vErrors.push(err27);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err28 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err28];
                                            } else {
                                              vErrors.push(err28);
                                            }
                                            errors++;
                                          }
                                        }
                                      }
                                      var _valid6 = _errs73 === errors;
                                      if (_valid6) {
                                        valid17 = true;
                                        passing6 = 0;
                                      }
                                      const _errs77 = errors;
                                      if (data13 !== null) {
                                        const err29 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                        if (vErrors === null) {
                                          vErrors = [err29];
                                        } else {
                                          vErrors.push(err29);
                                        }
                                        errors++;
                                      }
                                      var _valid6 = _errs77 === errors;
                                      if (_valid6 && valid17) {
                                        valid17 = false;
                                        passing6 = [passing6, 1];
                                      } else {
                                        if (_valid6) {
                                          valid17 = true;
                                          passing6 = 1;
                                        }
                                      }
                                      if (!valid17) {
                                        const err30 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
                                        if (vErrors === null) {
                                          vErrors = [err30];
                                        } else {
                                          vErrors.push(err30);
                                        }
                                        errors++;
                                        validate51.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs72;
                                        if (vErrors !== null) {
                                          if (_errs72) {
                                            vErrors.length = _errs72;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid0 = _errs71 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate51.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateWebhookCreate = validate58;
var schema85 = { "title": "WebhookCreate", "description": "A new webhook endpoint. The OIDC fields follow the rules of `oidc_auth_method`; the three allowed\nshapes are the `oneOf` below (no OIDC, `client_secret`, `private_key_jwt`). The same rules are also\nstated one by one (`allOf` of `if`/`then`) so that a validator can name the rule a request broke.\n", "type": "object", "required": ["url", "enabled_events"], "properties": { "url": { "$ref": "#/$defs/HttpsUrl", "description": "Webhook endpoint URL. Must be `https://`." }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "secret": { "$ref": "#/$defs/WebhookSecret" }, "include": { "$ref": "#/$defs/Include" }, "oidc_auth_method": { "$ref": "#/$defs/OidcAuthMethod" }, "oidc_client_id": { "$ref": "#/$defs/OidcClientId" }, "oidc_client_secret": { "$ref": "#/$defs/OidcClientSecret" }, "oidc_token_endpoint": { "$ref": "#/$defs/OidcTokenEndpoint" }, "oidc_resource_uri": { "$ref": "#/$defs/OidcResourceUri" }, "oidc_scope": { "$ref": "#/$defs/OidcScope" }, "oidc_access_token_ttl_seconds": { "$ref": "#/$defs/OidcAccessTokenTtlSeconds" } }, "additionalProperties": false, "oneOf": [{ "$ref": "#/$defs/OidcOff" }, { "$ref": "#/$defs/OidcClientSecretAuth" }, { "$ref": "#/$defs/OidcPrivateKeyJwtAuth" }], "allOf": [{ "$ref": "#/$defs/OidcRules" }], "x-explain-with": "allOf", "x-error-messages": { "required": "{field} is required", "additionalProperties": "{field} is not a known field", "type": "the request body must be a JSON object" } };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method") || data.oidc_client_id === void 0 && (missing0 = "oidc_client_id") || data.oidc_client_secret === void 0 && (missing0 = "oidc_client_secret") || data.oidc_token_endpoint === void 0 && (missing0 = "oidc_token_endpoint") || data.oidc_access_token_ttl_seconds === void 0 && (missing0 = "oidc_access_token_ttl_seconds")) {
        validate59.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.oidc_auth_method !== void 0) {
          let data0 = data.oidc_auth_method;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate59.errors = [{ instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("client_secret" !== data0) {
            validate59.errors = [{ instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/const", keyword: "const", params: { allowedValue: "client_secret" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.oidc_client_id !== void 0) {
            let data1 = data.oidc_client_id;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (func2(data1) > 255) {
                  validate59.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                  return false;
                } else {
                  if (func2(data1) < 1) {
                    validate59.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                }
              } else {
                validate59.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.oidc_client_secret !== void 0) {
              let data2 = data.oidc_client_secret;
              const _errs6 = errors;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (typeof data2 === "string") {
                  if (func2(data2) > 1024) {
                    validate59.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                    return false;
                  } else {
                    if (func2(data2) < 1) {
                      validate59.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  }
                } else {
                  validate59.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.oidc_token_endpoint !== void 0) {
                const _errs9 = errors;
                if (!validate56(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.oidc_resource_uri !== void 0) {
                  let data4 = data.oidc_resource_uri;
                  const _errs10 = errors;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (errors === _errs11) {
                      if (typeof data4 === "string") {
                        if (func2(data4) > 2048) {
                          validate59.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }];
                          return false;
                        } else {
                          if (!formats38(data4)) {
                            validate59.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                            return false;
                          }
                        }
                      } else {
                        validate59.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.oidc_scope !== void 0) {
                    let data5 = data.oidc_scope;
                    const _errs14 = errors;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (typeof data5 === "string") {
                        if (func2(data5) > 1024) {
                          validate59.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                          return false;
                        } else {
                          if (func2(data5) < 1) {
                            validate59.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern9.test(data5)) {
                              validate59.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, message: 'must match pattern "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate59.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.oidc_access_token_ttl_seconds !== void 0) {
                      let data6 = data.oidc_access_token_ttl_seconds;
                      const _errs19 = errors;
                      const _errs20 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                        validate59.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs20) {
                        if (typeof data6 == "number" && isFinite(data6)) {
                          if (data6 > 86400 || isNaN(data6)) {
                            validate59.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                            return false;
                          } else {
                            if (data6 < 60 || isNaN(data6)) {
                              validate59.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60" }];
                              return false;
                            }
                          }
                        }
                      }
                      var valid0 = _errs19 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate59.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { "props": { "oidc_auth_method": true, "oidc_client_id": true, "oidc_client_secret": true, "oidc_token_endpoint": true, "oidc_resource_uri": true, "oidc_scope": true, "oidc_access_token_ttl_seconds": true }, "dynamicProps": false, "dynamicItems": false };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method") || data.oidc_client_id === void 0 && (missing0 = "oidc_client_id") || data.oidc_token_endpoint === void 0 && (missing0 = "oidc_token_endpoint") || data.oidc_access_token_ttl_seconds === void 0 && (missing0 = "oidc_access_token_ttl_seconds")) {
        validate62.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.oidc_auth_method !== void 0) {
          let data0 = data.oidc_auth_method;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate62.errors = [{ instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if ("private_key_jwt" !== data0) {
            validate62.errors = [{ instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/const", keyword: "const", params: { allowedValue: "private_key_jwt" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.oidc_client_id !== void 0) {
            let data1 = data.oidc_client_id;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (func2(data1) > 255) {
                  validate62.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                  return false;
                } else {
                  if (func2(data1) < 1) {
                    validate62.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                }
              } else {
                validate62.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.oidc_client_secret !== void 0) {
              var valid0 = false;
              validate62.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/properties/oidc_client_secret/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" }];
              return false;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.oidc_token_endpoint !== void 0) {
                const _errs6 = errors;
                if (!validate56(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.oidc_resource_uri !== void 0) {
                  let data4 = data.oidc_resource_uri;
                  const _errs7 = errors;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (errors === _errs8) {
                      if (typeof data4 === "string") {
                        if (func2(data4) > 2048) {
                          validate62.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }];
                          return false;
                        } else {
                          if (!formats38(data4)) {
                            validate62.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                            return false;
                          }
                        }
                      } else {
                        validate62.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.oidc_scope !== void 0) {
                    let data5 = data.oidc_scope;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === "string") {
                        if (func2(data5) > 1024) {
                          validate62.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                          return false;
                        } else {
                          if (func2(data5) < 1) {
                            validate62.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern9.test(data5)) {
                              validate62.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, message: 'must match pattern "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate62.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.oidc_access_token_ttl_seconds !== void 0) {
                      let data6 = data.oidc_access_token_ttl_seconds;
                      const _errs16 = errors;
                      const _errs17 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                        validate62.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs17) {
                        if (typeof data6 == "number" && isFinite(data6)) {
                          if (data6 > 86400 || isNaN(data6)) {
                            validate62.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                            return false;
                          } else {
                            if (data6 < 60 || isNaN(data6)) {
                              validate62.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60" }];
                              return false;
                            }
                          }
                        }
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate62.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": { "oidc_auth_method": true, "oidc_client_id": true, "oidc_client_secret": true, "oidc_token_endpoint": true, "oidc_resource_uri": true, "oidc_scope": true, "oidc_access_token_ttl_seconds": true }, "dynamicProps": false, "dynamicItems": false };
var pattern12 = new RegExp("^oidc_", "u");
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.oidc_auth_method !== void 0) {
        var valid2 = false;
        const err0 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcOff/properties/oidc_auth_method/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        var valid2 = true;
      }
      if (valid2) {
        if (data.oidc_client_id !== void 0) {
          var valid2 = false;
          const err1 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcOff/properties/oidc_client_id/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.oidc_client_secret !== void 0) {
            var valid2 = false;
            const err2 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcOff/properties/oidc_client_secret/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.oidc_token_endpoint !== void 0) {
              var valid2 = false;
              const err3 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/$defs/OidcOff/properties/oidc_token_endpoint/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.oidc_resource_uri !== void 0) {
                var valid2 = false;
                const err4 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcOff/properties/oidc_resource_uri/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.oidc_scope !== void 0) {
                  var valid2 = false;
                  const err5 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcOff/properties/oidc_scope/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.oidc_access_token_ttl_seconds !== void 0) {
                    var valid2 = false;
                    const err6 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcOff/properties/oidc_access_token_ttl_seconds/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/$defs/OidcOff/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.oidc_auth_method = true;
    props0.oidc_client_id = true;
    props0.oidc_client_secret = true;
    props0.oidc_token_endpoint = true;
    props0.oidc_resource_uri = true;
    props0.oidc_scope = true;
    props0.oidc_access_token_ttl_seconds = true;
  }
  const _errs5 = errors;
  if (!validate59(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs5 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.oidc_auth_method = true;
        props0.oidc_client_id = true;
        props0.oidc_client_secret = true;
        props0.oidc_token_endpoint = true;
        props0.oidc_resource_uri = true;
        props0.oidc_scope = true;
        props0.oidc_access_token_ttl_seconds = true;
      }
    }
    const _errs6 = errors;
    if (!validate62(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.oidc_auth_method = true;
          props0.oidc_client_id = true;
          props0.oidc_client_secret = true;
          props0.oidc_token_endpoint = true;
          props0.oidc_resource_uri = true;
          props0.oidc_scope = true;
          props0.oidc_access_token_ttl_seconds = true;
        }
      }
    }
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
    validate58.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
    const _errs7 = errors;
    const _errs9 = errors;
    const _errs10 = errors;
    let valid6 = true;
    const _errs11 = errors;
    if (errors === _errs11) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method")) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        } else {
          if (data.oidc_auth_method !== void 0) {
            if ("client_secret" !== data.oidc_auth_method) {
              const err10 = {};
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = {};
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    var _valid1 = _errs11 === errors;
    errors = _errs10;
    if (vErrors !== null) {
      if (_errs10) {
        vErrors.length = _errs10;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs14 = errors;
      if (errors === _errs14) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing1;
          if (data.oidc_client_id === void 0 && (missing1 = "oidc_client_id") || data.oidc_client_secret === void 0 && (missing1 = "oidc_client_secret") || data.oidc_token_endpoint === void 0 && (missing1 = "oidc_token_endpoint") || data.oidc_access_token_ttl_seconds === void 0 && (missing1 = "oidc_access_token_ttl_seconds")) {
            validate58.errors = [{ instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
          }
        } else {
          validate58.errors = [{ instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var _valid1 = _errs14 === errors;
      valid6 = _valid1;
    }
    if (!valid6) {
      const err12 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
      validate58.errors = vErrors;
      return false;
    }
    var valid5 = _errs9 === errors;
    if (valid5) {
      const _errs17 = errors;
      const _errs18 = errors;
      let valid8 = true;
      const _errs19 = errors;
      if (errors === _errs19) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing2;
          if (data.oidc_auth_method === void 0 && (missing2 = "oidc_auth_method")) {
            const err13 = {};
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            if (data.oidc_auth_method !== void 0) {
              if ("private_key_jwt" !== data.oidc_auth_method) {
                const err14 = {};
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          }
        } else {
          const err15 = {};
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      var _valid2 = _errs19 === errors;
      errors = _errs18;
      if (vErrors !== null) {
        if (_errs18) {
          vErrors.length = _errs18;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs22 = errors;
        if (errors === _errs22) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing3;
            if (data.oidc_client_id === void 0 && (missing3 = "oidc_client_id") || data.oidc_token_endpoint === void 0 && (missing3 = "oidc_token_endpoint") || data.oidc_access_token_ttl_seconds === void 0 && (missing3 = "oidc_access_token_ttl_seconds")) {
              validate58.errors = [{ instancePath, schemaPath: "#/$defs/OidcRules/allOf/1/then/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
              return false;
            } else {
              if (data.oidc_client_secret !== void 0) {
                validate58.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcRules/allOf/1/then/properties/oidc_client_secret/not", keyword: "not", params: {}, message: "must NOT be valid" }];
                return false;
              }
            }
          } else {
            validate58.errors = [{ instancePath, schemaPath: "#/$defs/OidcRules/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var _valid2 = _errs22 === errors;
        valid8 = _valid2;
        if (valid8) {
          var props1 = {};
          props1.oidc_client_secret = true;
          props1.oidc_auth_method = true;
        }
      }
      if (!valid8) {
        const err16 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
        validate58.errors = vErrors;
        return false;
      }
      var valid5 = _errs17 === errors;
      if (valid5) {
        if (props1 !== true) {
          props1 = props1 || {};
          props1.oidc_auth_method = true;
        }
        const _errs28 = errors;
        const _errs29 = errors;
        let valid11 = true;
        const _errs30 = errors;
        if (!(data && typeof data == "object" && !Array.isArray(data))) {
          const err17 = {};
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const _errs32 = errors;
        const _errs33 = errors;
        if (errors === _errs33) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing4;
            if (data.oidc_auth_method === void 0 && (missing4 = "oidc_auth_method")) {
              const err18 = {};
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {};
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        var valid12 = _errs33 === errors;
        if (valid12) {
          const err20 = {};
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        } else {
          errors = _errs32;
          if (vErrors !== null) {
            if (_errs32) {
              vErrors.length = _errs32;
            } else {
              vErrors = null;
            }
          }
        }
        var _valid3 = _errs30 === errors;
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
        if (_valid3) {
          const _errs35 = errors;
          if (errors === _errs35) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
              for (const key0 in data) {
                const _errs38 = errors;
                const _errs39 = errors;
                const _errs40 = errors;
                if (typeof key0 === "string") {
                  if (!pattern12.test(key0)) {
                    const err21 = {};
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                var valid14 = _errs40 === errors;
                if (valid14) {
                  const err22 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/2/then/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", propertyName: key0 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                } else {
                  errors = _errs39;
                  if (vErrors !== null) {
                    if (_errs39) {
                      vErrors.length = _errs39;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid13 = _errs38 === errors;
                if (!valid13) {
                  const err23 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/2/then/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                  validate58.errors = vErrors;
                  return false;
                  break;
                }
              }
            } else {
              validate58.errors = [{ instancePath, schemaPath: "#/$defs/OidcRules/allOf/2/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var _valid3 = _errs35 === errors;
          valid11 = _valid3;
        }
        if (!valid11) {
          const err24 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
          validate58.errors = vErrors;
          return false;
        }
        var valid5 = _errs28 === errors;
      }
    }
    var valid3 = _errs7 === errors;
    if (valid3) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing5;
      if (data.url === void 0 && (missing5 = "url") || data.enabled_events === void 0 && (missing5 = "enabled_events")) {
        validate58.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
        return false;
      } else {
        const _errs43 = errors;
        for (const key1 in data) {
          if (!func1.call(schema85.properties, key1)) {
            validate58.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs43 === errors) {
          if (data.url !== void 0) {
            let data10 = data.url;
            const _errs44 = errors;
            const _errs45 = errors;
            if (errors === _errs45) {
              if (errors === _errs45) {
                if (typeof data10 === "string") {
                  if (func2(data10) > 2048) {
                    validate58.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }];
                    return false;
                  } else {
                    if (func2(data10) < 9) {
                      validate58.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters" }];
                      return false;
                    } else {
                      if (!pattern6.test(data10)) {
                        validate58.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#@]+([/?#]\\S*)?$" }, message: 'must match pattern "^https://[^\\s/?#@]+([/?#]\\S*)?$"' }];
                        return false;
                      } else {
                        if (!formats38(data10)) {
                          validate58.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                          return false;
                        }
                      }
                    }
                  }
                } else {
                  validate58.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid15 = _errs44 === errors;
          } else {
            var valid15 = true;
          }
          if (valid15) {
            if (data.enabled_events !== void 0) {
              const _errs49 = errors;
              if (!validate52(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                errors = vErrors.length;
              }
              var valid15 = _errs49 === errors;
            } else {
              var valid15 = true;
            }
            if (valid15) {
              if (data.secret !== void 0) {
                let data12 = data.secret;
                const _errs50 = errors;
                const _errs51 = errors;
                if (errors === _errs51) {
                  if (typeof data12 === "string") {
                    if (func2(data12) > 256) {
                      validate58.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                      return false;
                    } else {
                      if (func2(data12) < 16) {
                        validate58.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/minLength", keyword: "minLength", params: { limit: 16 }, message: "must NOT have fewer than 16 characters" }];
                        return false;
                      }
                    }
                  } else {
                    validate58.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid15 = _errs50 === errors;
              } else {
                var valid15 = true;
              }
              if (valid15) {
                if (data.include !== void 0) {
                  let data13 = data.include;
                  const _errs54 = errors;
                  const _errs55 = errors;
                  if (errors === _errs55) {
                    if (typeof data13 === "string") {
                      if (func2(data13) > 256) {
                        validate58.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                        return false;
                      } else {
                        if (!pattern7.test(data13)) {
                          validate58.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/pattern", keyword: "pattern", params: { pattern: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$" }, message: 'must match pattern "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$"' }];
                          return false;
                        }
                      }
                    } else {
                      validate58.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid15 = _errs54 === errors;
                } else {
                  var valid15 = true;
                }
                if (valid15) {
                  if (data.oidc_auth_method !== void 0) {
                    let data14 = data.oidc_auth_method;
                    const _errs59 = errors;
                    if (typeof data14 !== "string") {
                      validate58.errors = [{ instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    if (!(data14 === "private_key_jwt" || data14 === "client_secret")) {
                      validate58.errors = [{ instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/enum", keyword: "enum", params: { allowedValues: schema75.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid15 = _errs59 === errors;
                  } else {
                    var valid15 = true;
                  }
                  if (valid15) {
                    if (data.oidc_client_id !== void 0) {
                      let data15 = data.oidc_client_id;
                      const _errs63 = errors;
                      const _errs64 = errors;
                      if (errors === _errs64) {
                        if (typeof data15 === "string") {
                          if (func2(data15) > 255) {
                            validate58.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                            return false;
                          } else {
                            if (func2(data15) < 1) {
                              validate58.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          }
                        } else {
                          validate58.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid15 = _errs63 === errors;
                    } else {
                      var valid15 = true;
                    }
                    if (valid15) {
                      if (data.oidc_client_secret !== void 0) {
                        let data16 = data.oidc_client_secret;
                        const _errs66 = errors;
                        const _errs67 = errors;
                        if (errors === _errs67) {
                          if (typeof data16 === "string") {
                            if (func2(data16) > 1024) {
                              validate58.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                              return false;
                            } else {
                              if (func2(data16) < 1) {
                                validate58.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            }
                          } else {
                            validate58.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid15 = _errs66 === errors;
                      } else {
                        var valid15 = true;
                      }
                      if (valid15) {
                        if (data.oidc_token_endpoint !== void 0) {
                          const _errs69 = errors;
                          if (!validate56(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                            errors = vErrors.length;
                          }
                          var valid15 = _errs69 === errors;
                        } else {
                          var valid15 = true;
                        }
                        if (valid15) {
                          if (data.oidc_resource_uri !== void 0) {
                            let data18 = data.oidc_resource_uri;
                            const _errs70 = errors;
                            const _errs71 = errors;
                            if (errors === _errs71) {
                              if (errors === _errs71) {
                                if (typeof data18 === "string") {
                                  if (func2(data18) > 2048) {
                                    validate58.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }];
                                    return false;
                                  } else {
                                    if (!formats38(data18)) {
                                      validate58.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate58.errors = [{ instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                            var valid15 = _errs70 === errors;
                          } else {
                            var valid15 = true;
                          }
                          if (valid15) {
                            if (data.oidc_scope !== void 0) {
                              let data19 = data.oidc_scope;
                              const _errs74 = errors;
                              const _errs75 = errors;
                              if (errors === _errs75) {
                                if (typeof data19 === "string") {
                                  if (func2(data19) > 1024) {
                                    validate58.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                                    return false;
                                  } else {
                                    if (func2(data19) < 1) {
                                      validate58.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    } else {
                                      if (!pattern9.test(data19)) {
                                        validate58.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, message: 'must match pattern "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"' }];
                                        return false;
                                      }
                                    }
                                  }
                                } else {
                                  validate58.errors = [{ instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid15 = _errs74 === errors;
                            } else {
                              var valid15 = true;
                            }
                            if (valid15) {
                              if (data.oidc_access_token_ttl_seconds !== void 0) {
                                let data20 = data.oidc_access_token_ttl_seconds;
                                const _errs79 = errors;
                                const _errs80 = errors;
                                if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                                  validate58.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs80) {
                                  if (typeof data20 == "number" && isFinite(data20)) {
                                    if (data20 > 86400 || isNaN(data20)) {
                                      validate58.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                                      return false;
                                    } else {
                                      if (data20 < 60 || isNaN(data20)) {
                                        validate58.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60" }];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid15 = _errs79 === errors;
                              } else {
                                var valid15 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate58.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateWebhookList = validate67;
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.data === void 0 && (missing0 = "data") || data.has_more === void 0 && (missing0 = "has_more")) {
        validate67.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object" || key0 === "data" || key0 === "has_more")) {
            validate67.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate67.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if ("list" !== data0) {
              validate67.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "list" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              let data1 = data.data;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  if (data1.length > 100) {
                    validate67.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (!validate51(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate67.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.has_more !== void 0) {
                const _errs7 = errors;
                if (typeof data.has_more !== "boolean") {
                  validate67.errors = [{ instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate67.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateWebhookUpdate = validate69;
var schema109 = { "title": "WebhookUpdate", "description": "A partial update: only the fields present change. `null` removes an optional value:\n`disabled_at: null` re-enables the webhook, `oidc_scope: null` and `oidc_resource_uri: null`\nremove those settings, and `oidc_auth_method: null` removes the whole OIDC configuration.\nThe OIDC rules hold for the **resulting** webhook, not only for this body: switching to\n`client_secret` needs `oidc_client_secret` unless one is stored, and switching to\n`private_key_jwt` discards a stored client secret.\n", "type": "object", "minProperties": 1, "properties": { "url": { "$ref": "#/$defs/HttpsUrl", "description": "Webhook endpoint URL. Must be `https://`." }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "secret": { "$ref": "#/$defs/WebhookSecret", "description": "A new signing secret; replaces the old one at once. Write-only." }, "include": { "$ref": "#/$defs/Include" }, "disabled_at": { "description": "Set to a date-time to stop deliveries from then on; `null` re-enables the webhook.", "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "oidc_auth_method": { "description": "Set or change the OIDC method; `null` removes the OIDC configuration.", "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "$ref": "#/$defs/OidcClientId" }, "oidc_client_secret": { "$ref": "#/$defs/OidcClientSecret" }, "oidc_token_endpoint": { "$ref": "#/$defs/OidcTokenEndpoint" }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "$ref": "#/$defs/OidcAccessTokenTtlSeconds" } }, "additionalProperties": false, "allOf": [{ "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "const": "private_key_jwt" } } }, "then": { "type": "object", "properties": { "oidc_client_secret": { "not": {}, "x-error-messages": { "not": 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"' } } } } }, { "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "type": "null" } } }, "then": { "type": "object", "propertyNames": { "not": { "pattern": "^oidc_(?!auth_method$)" } }, "x-error-messages": { "propertyNames": "{field} cannot be set in the same update that removes the OIDC configuration (oidc_auth_method: null)" } } }], "x-error-messages": { "minProperties": "the update must change at least one field", "additionalProperties": "{field} is not a known field", "type": "the request body must be a JSON object" } };
var pattern16 = new RegExp("^oidc_(?!auth_method$)", "u");
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.oidc_auth_method !== void 0) {
          if ("private_key_jwt" !== data.oidc_auth_method) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (errors === _errs6) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.oidc_client_secret !== void 0) {
          validate69.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/allOf/0/then/properties/oidc_client_secret/not", keyword: "not", params: {}, message: "must NOT be valid" }];
          return false;
        }
      } else {
        validate69.errors = [{ instancePath, schemaPath: "#/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.oidc_client_secret = true;
      props0.oidc_auth_method = true;
    }
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate69.errors = vErrors;
    return false;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const _errs11 = errors;
    const _errs12 = errors;
    let valid4 = true;
    const _errs13 = errors;
    if (errors === _errs13) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.oidc_auth_method === void 0 && (missing1 = "oidc_auth_method")) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        } else {
          if (data.oidc_auth_method !== void 0) {
            if (data.oidc_auth_method !== null) {
              const err5 = {};
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
      } else {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs13 === errors;
    errors = _errs12;
    if (vErrors !== null) {
      if (_errs12) {
        vErrors.length = _errs12;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs17 = errors;
      if (errors === _errs17) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            const _errs20 = errors;
            const _errs21 = errors;
            const _errs22 = errors;
            if (typeof key0 === "string") {
              if (!pattern16.test(key0)) {
                const err7 = {};
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            var valid7 = _errs22 === errors;
            if (valid7) {
              const err8 = { instancePath, schemaPath: "#/allOf/1/then/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", propertyName: key0 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            } else {
              errors = _errs21;
              if (vErrors !== null) {
                if (_errs21) {
                  vErrors.length = _errs21;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid6 = _errs20 === errors;
            if (!valid6) {
              const err9 = { instancePath, schemaPath: "#/allOf/1/then/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              validate69.errors = vErrors;
              return false;
              break;
            }
          }
        } else {
          validate69.errors = [{ instancePath, schemaPath: "#/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var _valid1 = _errs17 === errors;
      valid4 = _valid1;
    }
    if (!valid4) {
      const err10 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
      validate69.errors = vErrors;
      return false;
    }
    var valid0 = _errs11 === errors;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.oidc_auth_method = true;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        validate69.errors = [{ instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
        return false;
      } else {
        const _errs24 = errors;
        for (const key1 in data) {
          if (!func1.call(schema109.properties, key1)) {
            validate69.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs24 === errors) {
          if (data.url !== void 0) {
            let data3 = data.url;
            const _errs25 = errors;
            const _errs26 = errors;
            if (errors === _errs26) {
              if (errors === _errs26) {
                if (typeof data3 === "string") {
                  if (func2(data3) > 2048) {
                    validate69.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" }];
                    return false;
                  } else {
                    if (func2(data3) < 9) {
                      validate69.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters" }];
                      return false;
                    } else {
                      if (!pattern6.test(data3)) {
                        validate69.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#@]+([/?#]\\S*)?$" }, message: 'must match pattern "^https://[^\\s/?#@]+([/?#]\\S*)?$"' }];
                        return false;
                      } else {
                        if (!formats38(data3)) {
                          validate69.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                          return false;
                        }
                      }
                    }
                  }
                } else {
                  validate69.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid8 = _errs25 === errors;
          } else {
            var valid8 = true;
          }
          if (valid8) {
            if (data.enabled_events !== void 0) {
              const _errs30 = errors;
              if (!validate52(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                errors = vErrors.length;
              }
              var valid8 = _errs30 === errors;
            } else {
              var valid8 = true;
            }
            if (valid8) {
              if (data.secret !== void 0) {
                let data5 = data.secret;
                const _errs31 = errors;
                const _errs32 = errors;
                if (errors === _errs32) {
                  if (typeof data5 === "string") {
                    if (func2(data5) > 256) {
                      validate69.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                      return false;
                    } else {
                      if (func2(data5) < 16) {
                        validate69.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/minLength", keyword: "minLength", params: { limit: 16 }, message: "must NOT have fewer than 16 characters" }];
                        return false;
                      }
                    }
                  } else {
                    validate69.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid8 = _errs31 === errors;
              } else {
                var valid8 = true;
              }
              if (valid8) {
                if (data.include !== void 0) {
                  let data6 = data.include;
                  const _errs35 = errors;
                  const _errs36 = errors;
                  if (errors === _errs36) {
                    if (typeof data6 === "string") {
                      if (func2(data6) > 256) {
                        validate69.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                        return false;
                      } else {
                        if (!pattern7.test(data6)) {
                          validate69.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/pattern", keyword: "pattern", params: { pattern: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$" }, message: 'must match pattern "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$"' }];
                          return false;
                        }
                      }
                    } else {
                      validate69.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid8 = _errs35 === errors;
                } else {
                  var valid8 = true;
                }
                if (valid8) {
                  if (data.disabled_at !== void 0) {
                    let data7 = data.disabled_at;
                    const _errs40 = errors;
                    const _errs41 = errors;
                    let valid12 = false;
                    let passing0 = null;
                    const _errs42 = errors;
                    const _errs43 = errors;
                    if (errors === _errs43) {
                      if (errors === _errs43) {
                        if (typeof data7 === "string") {
                          if (!formats2.validate(data7)) {
                            const err11 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                            if (vErrors === null) {
                              vErrors = [err11];
                            } else {
                              vErrors.push(err11);
                            }
                            errors++;
                          }
                        } else {
                          const err12 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err12];
                          } else {
                            vErrors.push(err12);
                          }
                          errors++;
                        }
                      }
                    }
                    var _valid2 = _errs42 === errors;
                    if (_valid2) {
                      valid12 = true;
                      passing0 = 0;
                    }
                    const _errs46 = errors;
                    if (data7 !== null) {
                      const err13 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                    var _valid2 = _errs46 === errors;
                    if (_valid2 && valid12) {
                      valid12 = false;
                      passing0 = [passing0, 1];
                    } else {
                      if (_valid2) {
                        valid12 = true;
                        passing0 = 1;
                      }
                    }
                    if (!valid12) {
                      const err14 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                      validate69.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs41;
                      if (vErrors !== null) {
                        if (_errs41) {
                          vErrors.length = _errs41;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid8 = _errs40 === errors;
                  } else {
                    var valid8 = true;
                  }
                  if (valid8) {
                    if (data.oidc_auth_method !== void 0) {
                      let data8 = data.oidc_auth_method;
                      const _errs48 = errors;
                      const _errs49 = errors;
                      let valid14 = false;
                      let passing1 = null;
                      const _errs50 = errors;
                      if (typeof data8 !== "string") {
                        const err15 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                      if (!(data8 === "private_key_jwt" || data8 === "client_secret")) {
                        const err16 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/enum", keyword: "enum", params: { allowedValues: schema75.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                      var _valid3 = _errs50 === errors;
                      if (_valid3) {
                        valid14 = true;
                        passing1 = 0;
                      }
                      const _errs54 = errors;
                      if (data8 !== null) {
                        const err17 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                      var _valid3 = _errs54 === errors;
                      if (_valid3 && valid14) {
                        valid14 = false;
                        passing1 = [passing1, 1];
                      } else {
                        if (_valid3) {
                          valid14 = true;
                          passing1 = 1;
                        }
                      }
                      if (!valid14) {
                        const err18 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                        validate69.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs49;
                        if (vErrors !== null) {
                          if (_errs49) {
                            vErrors.length = _errs49;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid8 = _errs48 === errors;
                    } else {
                      var valid8 = true;
                    }
                    if (valid8) {
                      if (data.oidc_client_id !== void 0) {
                        let data9 = data.oidc_client_id;
                        const _errs56 = errors;
                        const _errs57 = errors;
                        if (errors === _errs57) {
                          if (typeof data9 === "string") {
                            if (func2(data9) > 255) {
                              validate69.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                              return false;
                            } else {
                              if (func2(data9) < 1) {
                                validate69.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            }
                          } else {
                            validate69.errors = [{ instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid8 = _errs56 === errors;
                      } else {
                        var valid8 = true;
                      }
                      if (valid8) {
                        if (data.oidc_client_secret !== void 0) {
                          let data10 = data.oidc_client_secret;
                          const _errs59 = errors;
                          const _errs60 = errors;
                          if (errors === _errs60) {
                            if (typeof data10 === "string") {
                              if (func2(data10) > 1024) {
                                validate69.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                                return false;
                              } else {
                                if (func2(data10) < 1) {
                                  validate69.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                  return false;
                                }
                              }
                            } else {
                              validate69.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid8 = _errs59 === errors;
                        } else {
                          var valid8 = true;
                        }
                        if (valid8) {
                          if (data.oidc_token_endpoint !== void 0) {
                            const _errs62 = errors;
                            if (!validate56(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                              errors = vErrors.length;
                            }
                            var valid8 = _errs62 === errors;
                          } else {
                            var valid8 = true;
                          }
                          if (valid8) {
                            if (data.oidc_resource_uri !== void 0) {
                              let data12 = data.oidc_resource_uri;
                              const _errs63 = errors;
                              const _errs64 = errors;
                              let valid18 = false;
                              let passing2 = null;
                              const _errs65 = errors;
                              const _errs66 = errors;
                              if (errors === _errs66) {
                                if (errors === _errs66) {
                                  if (typeof data12 === "string") {
                                    if (func2(data12) > 2048) {
                                      const err19 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                                      if (vErrors === null) {
                                        vErrors = [err19];
                                      } else {
                                        vErrors.push(err19);
                                      }
                                      errors++;
                                    } else {
                                      if (!formats38(data12)) {
                                        const err20 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                                        if (vErrors === null) {
                                          vErrors = [err20];
                                        } else {
                                          vErrors.push(err20);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err21 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err21];
                                    } else {
                                      vErrors.push(err21);
                                    }
                                    errors++;
                                  }
                                }
                              }
                              var _valid4 = _errs65 === errors;
                              if (_valid4) {
                                valid18 = true;
                                passing2 = 0;
                              }
                              const _errs69 = errors;
                              if (data12 !== null) {
                                const err22 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err22];
                                } else {
                                  vErrors.push(err22);
                                }
                                errors++;
                              }
                              var _valid4 = _errs69 === errors;
                              if (_valid4 && valid18) {
                                valid18 = false;
                                passing2 = [passing2, 1];
                              } else {
                                if (_valid4) {
                                  valid18 = true;
                                  passing2 = 1;
                                }
                              }
                              if (!valid18) {
                                const err23 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                  vErrors = [err23];
                                } else {
                                  vErrors.push(err23);
                                }
                                errors++;
                                validate69.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs64;
                                if (vErrors !== null) {
                                  if (_errs64) {
                                    vErrors.length = _errs64;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid8 = _errs63 === errors;
                            } else {
                              var valid8 = true;
                            }
                            if (valid8) {
                              if (data.oidc_scope !== void 0) {
                                let data13 = data.oidc_scope;
                                const _errs71 = errors;
                                const _errs72 = errors;
                                let valid20 = false;
                                let passing3 = null;
                                const _errs73 = errors;
                                const _errs74 = errors;
                                if (errors === _errs74) {
                                  if (typeof data13 === "string") {
                                    if (func2(data13) > 1024) {
                                      const err24 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                                      if (vErrors === null) {
                                        vErrors = [err24];
                                      } else {
                                        vErrors.push(err24);
                                      }
                                      errors++;
                                    } else {
                                      if (func2(data13) < 1) {
                                        const err25 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                          vErrors = [err25];
                                        } else {
                                          vErrors.push(err25);
                                        }
                                        errors++;
                                      } else {
                                        if (!pattern9.test(data13)) {
                                          const err26 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, message: 'must match pattern "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"' };
                                          if (vErrors === null) {
                                            vErrors = [err26];
                                          } else {
                                            vErrors.push(err26);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                  } else {
                                    const err27 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err27];
                                    } else {
                                      vErrors.push(err27);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid5 = _errs73 === errors;
                                if (_valid5) {
                                  valid20 = true;
                                  passing3 = 0;
                                }
                                const _errs78 = errors;
                                if (data13 !== null) {
                                  const err28 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err28];
                                  } else {
                                    vErrors.push(err28);
                                  }
                                  errors++;
                                }
                                var _valid5 = _errs78 === errors;
                                if (_valid5 && valid20) {
                                  valid20 = false;
                                  passing3 = [passing3, 1];
                                } else {
                                  if (_valid5) {
                                    valid20 = true;
                                    passing3 = 1;
                                  }
                                }
                                if (!valid20) {
                                  const err29 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                                  if (vErrors === null) {
                                    vErrors = [err29];
                                  } else {
                                    vErrors.push(err29);
                                  }
                                  errors++;
                                  validate69.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs72;
                                  if (vErrors !== null) {
                                    if (_errs72) {
                                      vErrors.length = _errs72;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid8 = _errs71 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data.oidc_access_token_ttl_seconds !== void 0) {
                                  let data14 = data.oidc_access_token_ttl_seconds;
                                  const _errs80 = errors;
                                  const _errs81 = errors;
                                  if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                    validate69.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs81) {
                                    if (typeof data14 == "number" && isFinite(data14)) {
                                      if (data14 > 86400 || isNaN(data14)) {
                                        validate69.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                                        return false;
                                      } else {
                                        if (data14 < 60 || isNaN(data14)) {
                                          validate69.errors = [{ instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60" }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid8 = _errs80 === errors;
                                } else {
                                  var valid8 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate69.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// virtual:virtual:explain
var virtual_explain_exports = {};
__export(virtual_explain_exports, {
  explainBusinessApprovedEvent: () => explainBusinessApprovedEvent,
  explainBusinessCreatedEvent: () => explainBusinessCreatedEvent,
  explainBusinessRejectedEvent: () => explainBusinessRejectedEvent,
  explainBusinessUpdatedEvent: () => explainBusinessUpdatedEvent,
  explainDeliveryList: () => explainDeliveryList,
  explainJsonWebKeySet: () => explainJsonWebKeySet,
  explainOrderCompletedEvent: () => explainOrderCompletedEvent,
  explainOrderCreatedEvent: () => explainOrderCreatedEvent,
  explainProblem: () => explainProblem,
  explainWebhook: () => explainWebhook,
  explainWebhookCreate: () => explainWebhookCreate,
  explainWebhookList: () => explainWebhookList,
  explainWebhookUpdate: () => explainWebhookUpdate
});
var explainBusinessApprovedEvent = validate212;
var schema32 = { "title": "BusinessApprovedEvent", "description": "Sent when verification finishes and the business is approved.", "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.approved" }, "data": { "$ref": "#/$defs/BusinessEventData" } }, "unevaluatedProperties": false };
var schema33 = { "title": "EventEnvelope", "description": "The fields every event delivery has. `data.object` is the resource the event is about, as it is now.", "type": "object", "required": ["object", "id", "type", "created_at", "data"], "properties": { "object": { "type": "string", "const": "event" }, "id": { "type": "string", "format": "uuid", "description": "Unique identifier of the event. Retries of a delivery carry the same `id`; use it to ignore duplicates." }, "type": { "$ref": "#/$defs/EventType" }, "created_at": { "$ref": "#/$defs/Timestamp", "description": "When the event happened. It is covered by the signature; reject events older than your tolerance." }, "data": { "type": "object", "description": "The event's subject. Each event type says which object `data.object` is.", "required": ["object"], "properties": { "object": { "type": "object", "additionalProperties": true } } } } };
var schema342 = { "title": "EventType", "description": "The kind of event a delivery announces. This list is the single source of the event types: the\n`webhooks` section has one entry for each of them.\n", "type": "string", "enum": ["business.created", "business.updated", "business.approved", "business.rejected", "order.created", "order.completed"], "x-enumDescriptions": { "business.created": "A business was submitted for verification.", "business.updated": "A business's details, associations or status changed.", "business.approved": "Verification finished and the business was approved.", "business.rejected": "Verification finished and the business was rejected.", "order.created": "An order for a verification product was placed for a business.", "order.completed": "Every product of an order has finished." } };
var schema35 = { "title": "Timestamp", "description": "An RFC 3339 date-time in UTC.", "type": "string", "format": "date-time", "examples": ["2026-11-02T09:30:00Z"], "x-faker": "date.past" };
var formats02 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var formats22 = require_formats().fullFormats["date-time"];
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate222.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.object.type, parentSchema: schema33.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("event" !== data0) {
        const err6 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event" }, message: "must be equal to constant", schema: "event", parentSchema: schema33.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!formats02.test(data1)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema33.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.id.type, parentSchema: schema33.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/EventType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data2 === "business.created" || data2 === "business.updated" || data2 === "business.approved" || data2 === "business.rejected" || data2 === "order.created" || data2 === "order.completed")) {
        const err10 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/EventType/enum", keyword: "enum", params: { allowedValues: schema342.enum }, message: "must be equal to one of the allowed values", schema: schema342.enum, parentSchema: schema342, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data3 = data.created_at;
      if (typeof data3 === "string") {
        if (!formats22.validate(data3)) {
          const err11 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data4 = data.data;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.object === void 0) {
          const err13 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema33.properties.data.required, parentSchema: schema33.properties.data, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4.object !== void 0) {
          let data5 = data4.object;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          } else {
            const err14 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.data.properties.object.type, parentSchema: schema33.properties.data.properties.object, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.data.type, parentSchema: schema33.properties.data, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate222.errors = vErrors;
  return errors === 0;
}
validate222.evaluated = { "props": { "object": true, "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "title": "BusinessEventData", "type": "object", "required": ["object"], "properties": { "object": { "$ref": "#/$defs/Business" } }, "additionalProperties": false };
var schema372 = { "title": "Business", "description": "A business under verification, as carried in event payloads. The top-level scalar fields are always\npresent; each association (`addresses`, `names`, `people`, `registrations`, `tin`, `watchlist`) is\npresent only when the webhook's `include` asks for it (`*`, the default, asks for all;\n`identifiers` for none).\n", "type": "object", "required": ["object", "id", "external_id", "name", "status", "created_at", "updated_at"], "properties": { "object": { "type": "string", "const": "business" }, "id": { "type": "string", "format": "uuid" }, "external_id": { "description": "Your own identifier for the business, if you gave one.", "type": ["string", "null"], "maxLength": 255 }, "name": { "type": "string", "description": "The business's legal name as submitted." }, "status": { "type": "string", "description": "Where the business is in verification.", "enum": ["open", "pending", "in_review", "approved", "rejected"] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "addresses": { "type": "array", "items": { "$ref": "#/$defs/BusinessAddress" } }, "names": { "type": "array", "items": { "$ref": "#/$defs/BusinessName" } }, "people": { "type": "array", "items": { "$ref": "#/$defs/BusinessPerson" } }, "registrations": { "type": "array", "items": { "$ref": "#/$defs/BusinessRegistration" } }, "tin": { "oneOf": [{ "$ref": "#/$defs/BusinessTin" }, { "type": "null" }] }, "watchlist": { "oneOf": [{ "$ref": "#/$defs/BusinessWatchlist" }, { "type": "null" }] } }, "additionalProperties": false };
var schema402 = { "title": "BusinessAddress", "description": "An address associated with the business.", "type": "object", "required": ["address_line1", "address_line2", "city", "state", "postal_code", "country", "submitted"], "properties": { "address_line1": { "type": "string" }, "address_line2": { "type": ["string", "null"] }, "city": { "type": "string" }, "state": { "type": "string", "description": "Two-letter state or region code." }, "postal_code": { "type": "string" }, "country": { "type": "string", "description": "ISO 3166-1 alpha-2 country code.", "pattern": "^[A-Z]{2}$" }, "submitted": { "type": "boolean", "description": "Whether you submitted this address (`false` when verification found it)." } }, "additionalProperties": false };
var schema412 = { "title": "BusinessName", "description": "A name the business is known by.", "type": "object", "required": ["name", "type", "submitted"], "properties": { "name": { "type": "string" }, "type": { "type": "string", "enum": ["legal", "dba"] }, "submitted": { "type": "boolean" } }, "additionalProperties": false };
var schema42 = { "title": "BusinessPerson", "description": "A person associated with the business, such as an officer.", "type": "object", "required": ["name", "titles"], "properties": { "name": { "type": "string" }, "titles": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false };
var schema432 = { "title": "BusinessRegistration", "description": "A registration of the business with a secretary of state.", "type": "object", "required": ["state", "status", "entity_type", "registration_date"], "properties": { "state": { "type": "string" }, "status": { "type": "string", "enum": ["active", "inactive", "unknown"] }, "entity_type": { "type": "string", "description": "For example `llc` or `corporation`." }, "registration_date": { "type": ["string", "null"], "format": "date" } }, "additionalProperties": false };
var schema44 = { "title": "BusinessTin", "description": "The business's taxpayer identification number check. The TIN itself is masked.", "type": "object", "required": ["tin", "verified"], "properties": { "tin": { "type": "string", "description": "The TIN with all but the last four digits masked.", "pattern": "^\\*{5}\\d{4}$" }, "verified": { "type": "boolean" } }, "additionalProperties": false };
var schema45 = { "title": "BusinessWatchlist", "description": "The result of screening the business and its people against sanctions watchlists.", "type": "object", "required": ["hit_count"], "properties": { "hit_count": { "type": "integer", "minimum": 0 } }, "additionalProperties": false };
var func12 = Object.prototype.hasOwnProperty;
var func22 = require_ucs2length().default;
var formats102 = require_formats().fullFormats.date;
var pattern42 = new RegExp("^[A-Z]{2}$", "u");
var pattern52 = new RegExp("^\\*{5}\\d{4}$", "u");
function validate252(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate252.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema372.required, parentSchema: schema372, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema372.required, parentSchema: schema372, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.external_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "external_id" }, message: "must have required property 'external_id'", schema: schema372.required, parentSchema: schema372, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema372.required, parentSchema: schema372, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema372.required, parentSchema: schema372, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: schema372.required, parentSchema: schema372, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property 'updated_at'", schema: schema372.required, parentSchema: schema372, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema372.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema372, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.object.type, parentSchema: schema372.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if ("business" !== data0) {
        const err9 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "business" }, message: "must be equal to constant", schema: "business", parentSchema: schema372.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!formats02.test(data1)) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema372.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.id.type, parentSchema: schema372.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.external_id !== void 0) {
      let data2 = data.external_id;
      if (typeof data2 !== "string" && data2 !== null) {
        const err12 = { instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/type", keyword: "type", params: { type: schema372.properties.external_id.type }, message: "must be string,null", schema: schema372.properties.external_id.type, parentSchema: schema372.properties.external_id, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func22(data2) > 255) {
          const err13 = { instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema372.properties.external_id, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 !== "string") {
        const err14 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.name.type, parentSchema: schema372.properties.name, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (typeof data4 !== "string") {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema372.properties.status.type, parentSchema: schema372.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data4 === "open" || data4 === "pending" || data4 === "in_review" || data4 === "approved" || data4 === "rejected")) {
        const err16 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema372.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema372.properties.status.enum, parentSchema: schema372.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data5 = data.created_at;
      if (typeof data5 === "string") {
        if (!formats22.validate(data5)) {
          const err17 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.updated_at !== void 0) {
      let data6 = data.updated_at;
      if (typeof data6 === "string") {
        if (!formats22.validate(data6)) {
          const err19 = { instancePath: instancePath + "/updated_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/updated_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.addresses !== void 0) {
      let data7 = data.addresses;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.address_line1 === void 0) {
              const err21 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/required", keyword: "required", params: { missingProperty: "address_line1" }, message: "must have required property 'address_line1'", schema: schema402.required, parentSchema: schema402, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data8.address_line2 === void 0) {
              const err22 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/required", keyword: "required", params: { missingProperty: "address_line2" }, message: "must have required property 'address_line2'", schema: schema402.required, parentSchema: schema402, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data8.city === void 0) {
              const err23 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/required", keyword: "required", params: { missingProperty: "city" }, message: "must have required property 'city'", schema: schema402.required, parentSchema: schema402, data: data8 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data8.state === void 0) {
              const err24 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema402.required, parentSchema: schema402, data: data8 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data8.postal_code === void 0) {
              const err25 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/required", keyword: "required", params: { missingProperty: "postal_code" }, message: "must have required property 'postal_code'", schema: schema402.required, parentSchema: schema402, data: data8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data8.country === void 0) {
              const err26 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property 'country'", schema: schema402.required, parentSchema: schema402, data: data8 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data8.submitted === void 0) {
              const err27 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/required", keyword: "required", params: { missingProperty: "submitted" }, message: "must have required property 'submitted'", schema: schema402.required, parentSchema: schema402, data: data8 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "address_line1" || key1 === "address_line2" || key1 === "city" || key1 === "state" || key1 === "postal_code" || key1 === "country" || key1 === "submitted")) {
                const err28 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema402, data: data8 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data8.address_line1 !== void 0) {
              let data9 = data8.address_line1;
              if (typeof data9 !== "string") {
                const err29 = { instancePath: instancePath + "/addresses/" + i0 + "/address_line1", schemaPath: "#/$defs/BusinessAddress/properties/address_line1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema402.properties.address_line1.type, parentSchema: schema402.properties.address_line1, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data8.address_line2 !== void 0) {
              let data10 = data8.address_line2;
              if (typeof data10 !== "string" && data10 !== null) {
                const err30 = { instancePath: instancePath + "/addresses/" + i0 + "/address_line2", schemaPath: "#/$defs/BusinessAddress/properties/address_line2/type", keyword: "type", params: { type: schema402.properties.address_line2.type }, message: "must be string,null", schema: schema402.properties.address_line2.type, parentSchema: schema402.properties.address_line2, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data8.city !== void 0) {
              let data11 = data8.city;
              if (typeof data11 !== "string") {
                const err31 = { instancePath: instancePath + "/addresses/" + i0 + "/city", schemaPath: "#/$defs/BusinessAddress/properties/city/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema402.properties.city.type, parentSchema: schema402.properties.city, data: data11 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data8.state !== void 0) {
              let data12 = data8.state;
              if (typeof data12 !== "string") {
                const err32 = { instancePath: instancePath + "/addresses/" + i0 + "/state", schemaPath: "#/$defs/BusinessAddress/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema402.properties.state.type, parentSchema: schema402.properties.state, data: data12 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data8.postal_code !== void 0) {
              let data13 = data8.postal_code;
              if (typeof data13 !== "string") {
                const err33 = { instancePath: instancePath + "/addresses/" + i0 + "/postal_code", schemaPath: "#/$defs/BusinessAddress/properties/postal_code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema402.properties.postal_code.type, parentSchema: schema402.properties.postal_code, data: data13 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data8.country !== void 0) {
              let data14 = data8.country;
              if (typeof data14 === "string") {
                if (!pattern42.test(data14)) {
                  const err34 = { instancePath: instancePath + "/addresses/" + i0 + "/country", schemaPath: "#/$defs/BusinessAddress/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema402.properties.country, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/addresses/" + i0 + "/country", schemaPath: "#/$defs/BusinessAddress/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema402.properties.country.type, parentSchema: schema402.properties.country, data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data8.submitted !== void 0) {
              let data15 = data8.submitted;
              if (typeof data15 !== "boolean") {
                const err36 = { instancePath: instancePath + "/addresses/" + i0 + "/submitted", schemaPath: "#/$defs/BusinessAddress/properties/submitted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema402.properties.submitted.type, parentSchema: schema402.properties.submitted, data: data15 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/addresses/" + i0, schemaPath: "#/$defs/BusinessAddress/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema402.type, parentSchema: schema402, data: data8 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/addresses", schemaPath: "#/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.addresses.type, parentSchema: schema372.properties.addresses, data: data7 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.names !== void 0) {
      let data16 = data.names;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data17 = data16[i1];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.name === void 0) {
              const err39 = { instancePath: instancePath + "/names/" + i1, schemaPath: "#/$defs/BusinessName/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema412.required, parentSchema: schema412, data: data17 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data17.type === void 0) {
              const err40 = { instancePath: instancePath + "/names/" + i1, schemaPath: "#/$defs/BusinessName/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema412.required, parentSchema: schema412, data: data17 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data17.submitted === void 0) {
              const err41 = { instancePath: instancePath + "/names/" + i1, schemaPath: "#/$defs/BusinessName/required", keyword: "required", params: { missingProperty: "submitted" }, message: "must have required property 'submitted'", schema: schema412.required, parentSchema: schema412, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key2 in data17) {
              if (!(key2 === "name" || key2 === "type" || key2 === "submitted")) {
                const err42 = { instancePath: instancePath + "/names/" + i1, schemaPath: "#/$defs/BusinessName/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema412, data: data17 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data17.name !== void 0) {
              let data18 = data17.name;
              if (typeof data18 !== "string") {
                const err43 = { instancePath: instancePath + "/names/" + i1 + "/name", schemaPath: "#/$defs/BusinessName/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema412.properties.name.type, parentSchema: schema412.properties.name, data: data18 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data17.type !== void 0) {
              let data19 = data17.type;
              if (typeof data19 !== "string") {
                const err44 = { instancePath: instancePath + "/names/" + i1 + "/type", schemaPath: "#/$defs/BusinessName/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema412.properties.type.type, parentSchema: schema412.properties.type, data: data19 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              if (!(data19 === "legal" || data19 === "dba")) {
                const err45 = { instancePath: instancePath + "/names/" + i1 + "/type", schemaPath: "#/$defs/BusinessName/properties/type/enum", keyword: "enum", params: { allowedValues: schema412.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema412.properties.type.enum, parentSchema: schema412.properties.type, data: data19 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.submitted !== void 0) {
              let data20 = data17.submitted;
              if (typeof data20 !== "boolean") {
                const err46 = { instancePath: instancePath + "/names/" + i1 + "/submitted", schemaPath: "#/$defs/BusinessName/properties/submitted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema412.properties.submitted.type, parentSchema: schema412.properties.submitted, data: data20 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/names/" + i1, schemaPath: "#/$defs/BusinessName/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema412.type, parentSchema: schema412, data: data17 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.names.type, parentSchema: schema372.properties.names, data: data16 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.people !== void 0) {
      let data21 = data.people;
      if (Array.isArray(data21)) {
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data22 = data21[i2];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.name === void 0) {
              const err49 = { instancePath: instancePath + "/people/" + i2, schemaPath: "#/$defs/BusinessPerson/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema42.required, parentSchema: schema42, data: data22 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data22.titles === void 0) {
              const err50 = { instancePath: instancePath + "/people/" + i2, schemaPath: "#/$defs/BusinessPerson/required", keyword: "required", params: { missingProperty: "titles" }, message: "must have required property 'titles'", schema: schema42.required, parentSchema: schema42, data: data22 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            for (const key3 in data22) {
              if (!(key3 === "name" || key3 === "titles")) {
                const err51 = { instancePath: instancePath + "/people/" + i2, schemaPath: "#/$defs/BusinessPerson/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data22 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data22.name !== void 0) {
              let data23 = data22.name;
              if (typeof data23 !== "string") {
                const err52 = { instancePath: instancePath + "/people/" + i2 + "/name", schemaPath: "#/$defs/BusinessPerson/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.name.type, parentSchema: schema42.properties.name, data: data23 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data22.titles !== void 0) {
              let data24 = data22.titles;
              if (Array.isArray(data24)) {
                const len3 = data24.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data25 = data24[i3];
                  if (typeof data25 !== "string") {
                    const err53 = { instancePath: instancePath + "/people/" + i2 + "/titles/" + i3, schemaPath: "#/$defs/BusinessPerson/properties/titles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.titles.items.type, parentSchema: schema42.properties.titles.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
              } else {
                const err54 = { instancePath: instancePath + "/people/" + i2 + "/titles", schemaPath: "#/$defs/BusinessPerson/properties/titles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.titles.type, parentSchema: schema42.properties.titles, data: data24 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/people/" + i2, schemaPath: "#/$defs/BusinessPerson/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data22 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.people.type, parentSchema: schema372.properties.people, data: data21 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.registrations !== void 0) {
      let data26 = data.registrations;
      if (Array.isArray(data26)) {
        const len4 = data26.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data27 = data26[i4];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.state === void 0) {
              const err57 = { instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema432.required, parentSchema: schema432, data: data27 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data27.status === void 0) {
              const err58 = { instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema432.required, parentSchema: schema432, data: data27 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data27.entity_type === void 0) {
              const err59 = { instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/required", keyword: "required", params: { missingProperty: "entity_type" }, message: "must have required property 'entity_type'", schema: schema432.required, parentSchema: schema432, data: data27 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data27.registration_date === void 0) {
              const err60 = { instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/required", keyword: "required", params: { missingProperty: "registration_date" }, message: "must have required property 'registration_date'", schema: schema432.required, parentSchema: schema432, data: data27 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            for (const key4 in data27) {
              if (!(key4 === "state" || key4 === "status" || key4 === "entity_type" || key4 === "registration_date")) {
                const err61 = { instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema432, data: data27 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data27.state !== void 0) {
              let data28 = data27.state;
              if (typeof data28 !== "string") {
                const err62 = { instancePath: instancePath + "/registrations/" + i4 + "/state", schemaPath: "#/$defs/BusinessRegistration/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema432.properties.state.type, parentSchema: schema432.properties.state, data: data28 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data27.status !== void 0) {
              let data29 = data27.status;
              if (typeof data29 !== "string") {
                const err63 = { instancePath: instancePath + "/registrations/" + i4 + "/status", schemaPath: "#/$defs/BusinessRegistration/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema432.properties.status.type, parentSchema: schema432.properties.status, data: data29 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (!(data29 === "active" || data29 === "inactive" || data29 === "unknown")) {
                const err64 = { instancePath: instancePath + "/registrations/" + i4 + "/status", schemaPath: "#/$defs/BusinessRegistration/properties/status/enum", keyword: "enum", params: { allowedValues: schema432.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema432.properties.status.enum, parentSchema: schema432.properties.status, data: data29 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data27.entity_type !== void 0) {
              let data30 = data27.entity_type;
              if (typeof data30 !== "string") {
                const err65 = { instancePath: instancePath + "/registrations/" + i4 + "/entity_type", schemaPath: "#/$defs/BusinessRegistration/properties/entity_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema432.properties.entity_type.type, parentSchema: schema432.properties.entity_type, data: data30 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data27.registration_date !== void 0) {
              let data31 = data27.registration_date;
              if (typeof data31 !== "string" && data31 !== null) {
                const err66 = { instancePath: instancePath + "/registrations/" + i4 + "/registration_date", schemaPath: "#/$defs/BusinessRegistration/properties/registration_date/type", keyword: "type", params: { type: schema432.properties.registration_date.type }, message: "must be string,null", schema: schema432.properties.registration_date.type, parentSchema: schema432.properties.registration_date, data: data31 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (typeof data31 === "string") {
                if (!formats102.validate(data31)) {
                  const err67 = { instancePath: instancePath + "/registrations/" + i4 + "/registration_date", schemaPath: "#/$defs/BusinessRegistration/properties/registration_date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema432.properties.registration_date, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/registrations/" + i4, schemaPath: "#/$defs/BusinessRegistration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema432.type, parentSchema: schema432, data: data27 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/registrations", schemaPath: "#/properties/registrations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema372.properties.registrations.type, parentSchema: schema372.properties.registrations, data: data26 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.tin !== void 0) {
      let data32 = data.tin;
      const _errs79 = errors;
      let valid21 = false;
      let passing0 = null;
      const _errs80 = errors;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        if (data32.tin === void 0) {
          const err70 = { instancePath: instancePath + "/tin", schemaPath: "#/$defs/BusinessTin/required", keyword: "required", params: { missingProperty: "tin" }, message: "must have required property 'tin'", schema: schema44.required, parentSchema: schema44, data: data32 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data32.verified === void 0) {
          const err71 = { instancePath: instancePath + "/tin", schemaPath: "#/$defs/BusinessTin/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'", schema: schema44.required, parentSchema: schema44, data: data32 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        for (const key5 in data32) {
          if (!(key5 === "tin" || key5 === "verified")) {
            const err72 = { instancePath: instancePath + "/tin", schemaPath: "#/$defs/BusinessTin/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data32 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data32.tin !== void 0) {
          let data33 = data32.tin;
          if (typeof data33 === "string") {
            if (!pattern52.test(data33)) {
              const err73 = { instancePath: instancePath + "/tin/tin", schemaPath: "#/$defs/BusinessTin/properties/tin/pattern", keyword: "pattern", params: { pattern: "^\\*{5}\\d{4}$" }, message: 'must match pattern "^\\*{5}\\d{4}$"', schema: "^\\*{5}\\d{4}$", parentSchema: schema44.properties.tin, data: data33 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          } else {
            const err74 = { instancePath: instancePath + "/tin/tin", schemaPath: "#/$defs/BusinessTin/properties/tin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.tin.type, parentSchema: schema44.properties.tin, data: data33 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data32.verified !== void 0) {
          let data34 = data32.verified;
          if (typeof data34 !== "boolean") {
            const err75 = { instancePath: instancePath + "/tin/verified", schemaPath: "#/$defs/BusinessTin/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.verified.type, parentSchema: schema44.properties.verified, data: data34 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/tin", schemaPath: "#/$defs/BusinessTin/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data32 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      var _valid0 = _errs80 === errors;
      if (_valid0) {
        valid21 = true;
        passing0 = 0;
      }
      const _errs88 = errors;
      if (data32 !== null) {
        const err77 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema372.properties.tin.oneOf[1].type, parentSchema: schema372.properties.tin.oneOf[1], data: data32 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      var _valid0 = _errs88 === errors;
      if (_valid0 && valid21) {
        valid21 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid21 = true;
          passing0 = 1;
        }
      }
      if (!valid21) {
        const err78 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema372.properties.tin.oneOf, parentSchema: schema372.properties.tin, data: data32 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      } else {
        errors = _errs79;
        if (vErrors !== null) {
          if (_errs79) {
            vErrors.length = _errs79;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.watchlist !== void 0) {
      let data35 = data.watchlist;
      const _errs91 = errors;
      let valid24 = false;
      let passing1 = null;
      const _errs92 = errors;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        if (data35.hit_count === void 0) {
          const err79 = { instancePath: instancePath + "/watchlist", schemaPath: "#/$defs/BusinessWatchlist/required", keyword: "required", params: { missingProperty: "hit_count" }, message: "must have required property 'hit_count'", schema: schema45.required, parentSchema: schema45, data: data35 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        for (const key6 in data35) {
          if (!(key6 === "hit_count")) {
            const err80 = { instancePath: instancePath + "/watchlist", schemaPath: "#/$defs/BusinessWatchlist/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data35 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data35.hit_count !== void 0) {
          let data36 = data35.hit_count;
          if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
            const err81 = { instancePath: instancePath + "/watchlist/hit_count", schemaPath: "#/$defs/BusinessWatchlist/properties/hit_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.hit_count.type, parentSchema: schema45.properties.hit_count, data: data36 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (typeof data36 == "number" && isFinite(data36)) {
            if (data36 < 0 || isNaN(data36)) {
              const err82 = { instancePath: instancePath + "/watchlist/hit_count", schemaPath: "#/$defs/BusinessWatchlist/properties/hit_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.hit_count, data: data36 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/watchlist", schemaPath: "#/$defs/BusinessWatchlist/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data35 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
      var _valid1 = _errs92 === errors;
      if (_valid1) {
        valid24 = true;
        passing1 = 0;
      }
      const _errs98 = errors;
      if (data35 !== null) {
        const err84 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema372.properties.watchlist.oneOf[1].type, parentSchema: schema372.properties.watchlist.oneOf[1], data: data35 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
      var _valid1 = _errs98 === errors;
      if (_valid1 && valid24) {
        valid24 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid24 = true;
          passing1 = 1;
        }
      }
      if (!valid24) {
        const err85 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema372.properties.watchlist.oneOf, parentSchema: schema372.properties.watchlist, data: data35 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      } else {
        errors = _errs91;
        if (vErrors !== null) {
          if (_errs91) {
            vErrors.length = _errs91;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err86 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema372.type, parentSchema: schema372, data };
    if (vErrors === null) {
      vErrors = [err86];
    } else {
      vErrors.push(err86);
    }
    errors++;
  }
  validate252.errors = vErrors;
  return errors === 0;
}
validate252.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate242.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      if (!validate252(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate242.errors = vErrors;
  return errors === 0;
}
validate242.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate212.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate222(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.type.type, parentSchema: schema32.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.approved" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.approved" }, message: "must be equal to constant", schema: "business.approved", parentSchema: schema32.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate242(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}
validate212.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainBusinessCreatedEvent = validate282;
var schema46 = { "title": "BusinessCreatedEvent", "description": "Sent when a business is submitted for verification.", "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.created" }, "data": { "$ref": "#/$defs/BusinessEventData" } }, "unevaluatedProperties": false };
function validate282(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate282.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate222(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.type.type, parentSchema: schema46.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.created" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.created" }, message: "must be equal to constant", schema: "business.created", parentSchema: schema46.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate242(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate282.errors = vErrors;
  return errors === 0;
}
validate282.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainBusinessRejectedEvent = validate312;
var schema47 = { "title": "BusinessRejectedEvent", "description": "Sent when verification finishes and the business is rejected.", "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.rejected" }, "data": { "$ref": "#/$defs/BusinessEventData" } }, "unevaluatedProperties": false };
function validate312(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate312.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate222(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.type.type, parentSchema: schema47.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.rejected" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.rejected" }, message: "must be equal to constant", schema: "business.rejected", parentSchema: schema47.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate242(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate312.errors = vErrors;
  return errors === 0;
}
validate312.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainBusinessUpdatedEvent = validate342;
var schema48 = { "title": "BusinessUpdatedEvent", "description": "Sent when a business's details, associations or status change.", "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.updated" }, "data": { "$ref": "#/$defs/BusinessEventData" } }, "unevaluatedProperties": false };
function validate342(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate342.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate222(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.type.type, parentSchema: schema48.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.updated" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.updated" }, message: "must be equal to constant", schema: "business.updated", parentSchema: schema48.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate242(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate342.errors = vErrors;
  return errors === 0;
}
validate342.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainDeliveryList = validate372;
var schema49 = { "title": "DeliveryList", "description": "One page of a webhook's deliveries, newest first. Pass the last `id` as `starting_after` to get the next page while `has_more` is true.", "type": "object", "required": ["object", "data", "has_more"], "properties": { "object": { "type": "string", "const": "list" }, "data": { "type": "array", "maxItems": 100, "items": { "$ref": "#/$defs/Delivery" } }, "has_more": { "type": "boolean", "description": "Whether another page follows this one." } }, "additionalProperties": false };
var schema502 = { "title": "Delivery", "description": "One event sent (or being sent) to one webhook, with the outcome of its latest attempt. It never holds\na secret, a signature or an access token.\n", "type": "object", "required": ["object", "id", "webhook_id", "event_id", "event_type", "status", "attempts", "last_attempt_at", "last_response_status", "last_error", "next_attempt_at", "created_at"], "properties": { "object": { "type": "string", "const": "delivery", "description": "String representing the object's type." }, "id": { "$ref": "#/$defs/DeliveryId" }, "webhook_id": { "$ref": "#/$defs/WebhookId" }, "event_id": { "type": "string", "format": "uuid", "description": "The delivered event's `id`, also sent as the `webhook-id` header of every attempt." }, "event_type": { "$ref": "#/$defs/EventType" }, "status": { "$ref": "#/$defs/DeliveryStatus" }, "attempts": { "type": "integer", "minimum": 0, "description": "How many attempts were made so far." }, "last_attempt_at": { "description": "When the latest attempt was made; `null` before the first.", "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "last_response_status": { "description": "The HTTP status the endpoint answered to the latest attempt; `null` when it did not answer (or before the first attempt).", "oneOf": [{ "type": "integer", "minimum": 100, "maximum": 599 }, { "type": "null" }] }, "last_error": { "description": "Why the latest attempt failed, in words (a time-out, a refused connection, a failed token request, a non-2xx status); `null` when it succeeded or before the first attempt.", "oneOf": [{ "type": "string", "maxLength": 1e3 }, { "type": "null" }] }, "next_attempt_at": { "description": "When the next attempt is due; `null` once the delivery succeeded or failed.", "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp", "description": "When the delivery was scheduled." } }, "additionalProperties": false };
var schema51 = { "title": "DeliveryId", "description": "Unique identifier of a delivery.", "type": "string", "format": "uuid", "examples": ["8d4c2b1a-6e5f-4a3b-9c2d-1e0f9a8b7c6d"] };
var schema52 = { "title": "WebhookId", "description": "Unique identifier of the webhook.", "type": "string", "format": "uuid", "examples": ["3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f"] };
var schema542 = { "title": "DeliveryStatus", "description": "Where a delivery stands:\n- `pending`: not yet acknowledged; `next_attempt_at` says when it is tried (again).\n- `succeeded`: the endpoint answered a `2xx`.\n- `failed`: given up on: the retry window ended, the endpoint answered `410 Gone` (which disables the\n  webhook), or the webhook was disabled or deleted before the delivery succeeded.\n", "type": "string", "enum": ["pending", "succeeded", "failed"] };
function validate382(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate382.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.webhook_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "webhook_id" }, message: "must have required property 'webhook_id'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.event_id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event_id" }, message: "must have required property 'event_id'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.event_type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event_type" }, message: "must have required property 'event_type'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.attempts === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property 'attempts'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.last_attempt_at === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_attempt_at" }, message: "must have required property 'last_attempt_at'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.last_response_status === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_response_status" }, message: "must have required property 'last_response_status'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.last_error === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_error" }, message: "must have required property 'last_error'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.next_attempt_at === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "next_attempt_at" }, message: "must have required property 'next_attempt_at'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: schema502.required, parentSchema: schema502, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema502.properties, key0)) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema502, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err13 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema502.properties.object.type, parentSchema: schema502.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if ("delivery" !== data0) {
        const err14 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "delivery" }, message: "must be equal to constant", schema: "delivery", parentSchema: schema502.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!formats02.test(data1)) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/DeliveryId/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema51, data: data1 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/DeliveryId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.webhook_id !== void 0) {
      let data2 = data.webhook_id;
      if (typeof data2 === "string") {
        if (!formats02.test(data2)) {
          const err17 = { instancePath: instancePath + "/webhook_id", schemaPath: "#/$defs/WebhookId/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema52, data: data2 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/webhook_id", schemaPath: "#/$defs/WebhookId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.type, parentSchema: schema52, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.event_id !== void 0) {
      let data3 = data.event_id;
      if (typeof data3 === "string") {
        if (!formats02.test(data3)) {
          const err19 = { instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema502.properties.event_id, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema502.properties.event_id.type, parentSchema: schema502.properties.event_id, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.event_type !== void 0) {
      let data4 = data.event_type;
      if (typeof data4 !== "string") {
        const err21 = { instancePath: instancePath + "/event_type", schemaPath: "#/$defs/EventType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (!(data4 === "business.created" || data4 === "business.updated" || data4 === "business.approved" || data4 === "business.rejected" || data4 === "order.created" || data4 === "order.completed")) {
        const err22 = { instancePath: instancePath + "/event_type", schemaPath: "#/$defs/EventType/enum", keyword: "enum", params: { allowedValues: schema342.enum }, message: "must be equal to one of the allowed values", schema: schema342.enum, parentSchema: schema342, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      if (typeof data5 !== "string") {
        const err23 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/DeliveryStatus/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema542.type, parentSchema: schema542, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (!(data5 === "pending" || data5 === "succeeded" || data5 === "failed")) {
        const err24 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/DeliveryStatus/enum", keyword: "enum", params: { allowedValues: schema542.enum }, message: "must be equal to one of the allowed values", schema: schema542.enum, parentSchema: schema542, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.attempts !== void 0) {
      let data6 = data.attempts;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err25 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema502.properties.attempts.type, parentSchema: schema502.properties.attempts, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err26 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema502.properties.attempts, data: data6 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.last_attempt_at !== void 0) {
      let data7 = data.last_attempt_at;
      const _errs22 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs23 = errors;
      if (typeof data7 === "string") {
        if (!formats22.validate(data7)) {
          const err27 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data7 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid0 = _errs23 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs27 = errors;
      if (data7 !== null) {
        const err29 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/properties/last_attempt_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema502.properties.last_attempt_at.oneOf[1].type, parentSchema: schema502.properties.last_attempt_at.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs27 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err30 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/properties/last_attempt_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema502.properties.last_attempt_at.oneOf, parentSchema: schema502.properties.last_attempt_at, data: data7 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.last_response_status !== void 0) {
      let data8 = data.last_response_status;
      const _errs30 = errors;
      let valid7 = false;
      let passing1 = null;
      const _errs31 = errors;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err31 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema502.properties.last_response_status.oneOf[0].type, parentSchema: schema502.properties.last_response_status.oneOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 599 || isNaN(data8)) {
          const err32 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema502.properties.last_response_status.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data8 < 100 || isNaN(data8)) {
          const err33 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema502.properties.last_response_status.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      var _valid1 = _errs31 === errors;
      if (_valid1) {
        valid7 = true;
        passing1 = 0;
      }
      const _errs33 = errors;
      if (data8 !== null) {
        const err34 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema502.properties.last_response_status.oneOf[1].type, parentSchema: schema502.properties.last_response_status.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid1 = _errs33 === errors;
      if (_valid1 && valid7) {
        valid7 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid7 = true;
          passing1 = 1;
        }
      }
      if (!valid7) {
        const err35 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema502.properties.last_response_status.oneOf, parentSchema: schema502.properties.last_response_status, data: data8 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      } else {
        errors = _errs30;
        if (vErrors !== null) {
          if (_errs30) {
            vErrors.length = _errs30;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.last_error !== void 0) {
      let data9 = data.last_error;
      const _errs36 = errors;
      let valid8 = false;
      let passing2 = null;
      const _errs37 = errors;
      if (typeof data9 === "string") {
        if (func22(data9) > 1e3) {
          const err36 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema502.properties.last_error.oneOf[0], data: data9 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema502.properties.last_error.oneOf[0].type, parentSchema: schema502.properties.last_error.oneOf[0], data: data9 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid2 = _errs37 === errors;
      if (_valid2) {
        valid8 = true;
        passing2 = 0;
      }
      const _errs39 = errors;
      if (data9 !== null) {
        const err38 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema502.properties.last_error.oneOf[1].type, parentSchema: schema502.properties.last_error.oneOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var _valid2 = _errs39 === errors;
      if (_valid2 && valid8) {
        valid8 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid8 = true;
          passing2 = 1;
        }
      }
      if (!valid8) {
        const err39 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema502.properties.last_error.oneOf, parentSchema: schema502.properties.last_error, data: data9 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      } else {
        errors = _errs36;
        if (vErrors !== null) {
          if (_errs36) {
            vErrors.length = _errs36;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.next_attempt_at !== void 0) {
      let data10 = data.next_attempt_at;
      const _errs42 = errors;
      let valid9 = false;
      let passing3 = null;
      const _errs43 = errors;
      if (typeof data10 === "string") {
        if (!formats22.validate(data10)) {
          const err40 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data10 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data10 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      var _valid3 = _errs43 === errors;
      if (_valid3) {
        valid9 = true;
        passing3 = 0;
      }
      const _errs47 = errors;
      if (data10 !== null) {
        const err42 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/properties/next_attempt_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema502.properties.next_attempt_at.oneOf[1].type, parentSchema: schema502.properties.next_attempt_at.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      var _valid3 = _errs47 === errors;
      if (_valid3 && valid9) {
        valid9 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid9 = true;
          passing3 = 1;
        }
      }
      if (!valid9) {
        const err43 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/properties/next_attempt_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema502.properties.next_attempt_at.oneOf, parentSchema: schema502.properties.next_attempt_at, data: data10 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      } else {
        errors = _errs42;
        if (vErrors !== null) {
          if (_errs42) {
            vErrors.length = _errs42;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.created_at !== void 0) {
      let data11 = data.created_at;
      if (typeof data11 === "string") {
        if (!formats22.validate(data11)) {
          const err44 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data11 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data11 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema502.type, parentSchema: schema502, data };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate382.errors = vErrors;
  return errors === 0;
}
validate382.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate372(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate372.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.has_more === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "has_more" }, message: "must have required property 'has_more'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object" || key0 === "data" || key0 === "has_more")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.object.type, parentSchema: schema49.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("list" !== data0) {
        const err5 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "list" }, message: "must be equal to constant", schema: "list", parentSchema: schema49.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data1 = data.data;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err6 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema49.properties.data, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate382(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate382.errors : vErrors.concat(validate382.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.data.type, parentSchema: schema49.properties.data, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.has_more !== void 0) {
      let data3 = data.has_more;
      if (typeof data3 !== "boolean") {
        const err8 = { instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.has_more.type, parentSchema: schema49.properties.has_more, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate372.errors = vErrors;
  return errors === 0;
}
validate372.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainJsonWebKeySet = validate402;
var schema58 = { "title": "JsonWebKeySet", "description": "The public keys the platform signs `private_key_jwt` client assertions with (RFC 7517). Register this\nURL (or these keys) with your identity provider as the client's JWKS. During a key rotation it lists\nboth the new and the old key.\n", "type": "object", "required": ["keys"], "properties": { "keys": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "$ref": "#/$defs/JsonWebKey" } } }, "additionalProperties": false };
var schema592 = { "title": "JsonWebKey", "description": "A public signing key (RFC 7517) of the platform. Only public members appear: a private member\n(`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`) would be a leak, so the object is closed.\n", "type": "object", "required": ["kty", "kid", "use", "alg"], "properties": { "kty": { "type": "string", "enum": ["RSA", "EC", "OKP"] }, "kid": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The key's id; the `kid` header of each client assertion names the key that signed it." }, "use": { "type": "string", "const": "sig" }, "alg": { "type": "string", "enum": ["RS256", "PS256", "ES256", "EdDSA"] }, "n": { "type": "string", "description": "RSA modulus (base64url)." }, "e": { "type": "string", "description": "RSA public exponent (base64url)." }, "crv": { "type": "string", "enum": ["P-256", "Ed25519"] }, "x": { "type": "string", "description": "EC or OKP public x coordinate (base64url)." }, "y": { "type": "string", "description": "EC public y coordinate (base64url)." } }, "additionalProperties": false };
function validate402(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate402.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.keys === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "keys")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.keys !== void 0) {
      let data0 = data.keys;
      if (Array.isArray(data0)) {
        if (data0.length > 10) {
          const err2 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema58.properties.keys, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58.properties.keys, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.kty === void 0) {
              const err4 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/required", keyword: "required", params: { missingProperty: "kty" }, message: "must have required property 'kty'", schema: schema592.required, parentSchema: schema592, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.kid === void 0) {
              const err5 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/required", keyword: "required", params: { missingProperty: "kid" }, message: "must have required property 'kid'", schema: schema592.required, parentSchema: schema592, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.use === void 0) {
              const err6 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/required", keyword: "required", params: { missingProperty: "use" }, message: "must have required property 'use'", schema: schema592.required, parentSchema: schema592, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.alg === void 0) {
              const err7 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/required", keyword: "required", params: { missingProperty: "alg" }, message: "must have required property 'alg'", schema: schema592.required, parentSchema: schema592, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!func12.call(schema592.properties, key1)) {
                const err8 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema592, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.kty !== void 0) {
              let data2 = data1.kty;
              if (typeof data2 !== "string") {
                const err9 = { instancePath: instancePath + "/keys/" + i0 + "/kty", schemaPath: "#/$defs/JsonWebKey/properties/kty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.kty.type, parentSchema: schema592.properties.kty, data: data2 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (!(data2 === "RSA" || data2 === "EC" || data2 === "OKP")) {
                const err10 = { instancePath: instancePath + "/keys/" + i0 + "/kty", schemaPath: "#/$defs/JsonWebKey/properties/kty/enum", keyword: "enum", params: { allowedValues: schema592.properties.kty.enum }, message: "must be equal to one of the allowed values", schema: schema592.properties.kty.enum, parentSchema: schema592.properties.kty, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.kid !== void 0) {
              let data3 = data1.kid;
              if (typeof data3 === "string") {
                if (func22(data3) > 200) {
                  const err11 = { instancePath: instancePath + "/keys/" + i0 + "/kid", schemaPath: "#/$defs/JsonWebKey/properties/kid/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema592.properties.kid, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (func22(data3) < 1) {
                  const err12 = { instancePath: instancePath + "/keys/" + i0 + "/kid", schemaPath: "#/$defs/JsonWebKey/properties/kid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema592.properties.kid, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/keys/" + i0 + "/kid", schemaPath: "#/$defs/JsonWebKey/properties/kid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.kid.type, parentSchema: schema592.properties.kid, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.use !== void 0) {
              let data4 = data1.use;
              if (typeof data4 !== "string") {
                const err14 = { instancePath: instancePath + "/keys/" + i0 + "/use", schemaPath: "#/$defs/JsonWebKey/properties/use/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.use.type, parentSchema: schema592.properties.use, data: data4 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if ("sig" !== data4) {
                const err15 = { instancePath: instancePath + "/keys/" + i0 + "/use", schemaPath: "#/$defs/JsonWebKey/properties/use/const", keyword: "const", params: { allowedValue: "sig" }, message: "must be equal to constant", schema: "sig", parentSchema: schema592.properties.use, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.alg !== void 0) {
              let data5 = data1.alg;
              if (typeof data5 !== "string") {
                const err16 = { instancePath: instancePath + "/keys/" + i0 + "/alg", schemaPath: "#/$defs/JsonWebKey/properties/alg/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.alg.type, parentSchema: schema592.properties.alg, data: data5 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (!(data5 === "RS256" || data5 === "PS256" || data5 === "ES256" || data5 === "EdDSA")) {
                const err17 = { instancePath: instancePath + "/keys/" + i0 + "/alg", schemaPath: "#/$defs/JsonWebKey/properties/alg/enum", keyword: "enum", params: { allowedValues: schema592.properties.alg.enum }, message: "must be equal to one of the allowed values", schema: schema592.properties.alg.enum, parentSchema: schema592.properties.alg, data: data5 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data1.n !== void 0) {
              let data6 = data1.n;
              if (typeof data6 !== "string") {
                const err18 = { instancePath: instancePath + "/keys/" + i0 + "/n", schemaPath: "#/$defs/JsonWebKey/properties/n/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.n.type, parentSchema: schema592.properties.n, data: data6 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data1.e !== void 0) {
              let data7 = data1.e;
              if (typeof data7 !== "string") {
                const err19 = { instancePath: instancePath + "/keys/" + i0 + "/e", schemaPath: "#/$defs/JsonWebKey/properties/e/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.e.type, parentSchema: schema592.properties.e, data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data1.crv !== void 0) {
              let data8 = data1.crv;
              if (typeof data8 !== "string") {
                const err20 = { instancePath: instancePath + "/keys/" + i0 + "/crv", schemaPath: "#/$defs/JsonWebKey/properties/crv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.crv.type, parentSchema: schema592.properties.crv, data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (!(data8 === "P-256" || data8 === "Ed25519")) {
                const err21 = { instancePath: instancePath + "/keys/" + i0 + "/crv", schemaPath: "#/$defs/JsonWebKey/properties/crv/enum", keyword: "enum", params: { allowedValues: schema592.properties.crv.enum }, message: "must be equal to one of the allowed values", schema: schema592.properties.crv.enum, parentSchema: schema592.properties.crv, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data1.x !== void 0) {
              let data9 = data1.x;
              if (typeof data9 !== "string") {
                const err22 = { instancePath: instancePath + "/keys/" + i0 + "/x", schemaPath: "#/$defs/JsonWebKey/properties/x/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.x.type, parentSchema: schema592.properties.x, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data1.y !== void 0) {
              let data10 = data1.y;
              if (typeof data10 !== "string") {
                const err23 = { instancePath: instancePath + "/keys/" + i0 + "/y", schemaPath: "#/$defs/JsonWebKey/properties/y/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema592.properties.y.type, parentSchema: schema592.properties.y, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/$defs/JsonWebKey/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema592.type, parentSchema: schema592, data: data1 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.keys.type, parentSchema: schema58.properties.keys, data: data0 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate402.errors = vErrors;
  return errors === 0;
}
validate402.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainOrderCompletedEvent = validate412;
var schema60 = { "title": "OrderCompletedEvent", "description": "Sent when every product of an order has finished.", "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "order.completed" }, "data": { "$ref": "#/$defs/OrderEventData" } }, "unevaluatedProperties": false };
var schema61 = { "title": "OrderEventData", "type": "object", "required": ["object"], "properties": { "object": { "$ref": "#/$defs/Order" } }, "additionalProperties": false };
var schema622 = { "title": "Order", "description": "An order for verification products placed for a business.", "type": "object", "required": ["object", "id", "business_id", "status", "products", "created_at", "completed_at"], "properties": { "object": { "type": "string", "const": "order" }, "id": { "type": "string", "format": "uuid" }, "business_id": { "type": "string", "format": "uuid" }, "status": { "type": "string", "enum": ["created", "in_progress", "completed", "cancelled"] }, "products": { "type": "array", "minItems": 1, "items": { "type": "string", "enum": ["identity", "tin", "watchlist", "litigation", "liens"] } }, "created_at": { "$ref": "#/$defs/Timestamp" }, "completed_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] } }, "additionalProperties": false };
function validate442(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate442.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema622.required, parentSchema: schema622, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema622.required, parentSchema: schema622, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.business_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "business_id" }, message: "must have required property 'business_id'", schema: schema622.required, parentSchema: schema622, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema622.required, parentSchema: schema622, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.products === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "products" }, message: "must have required property 'products'", schema: schema622.required, parentSchema: schema622, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: schema622.required, parentSchema: schema622, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.completed_at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completed_at" }, message: "must have required property 'completed_at'", schema: schema622.required, parentSchema: schema622, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object" || key0 === "id" || key0 === "business_id" || key0 === "status" || key0 === "products" || key0 === "created_at" || key0 === "completed_at")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema622, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema622.properties.object.type, parentSchema: schema622.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if ("order" !== data0) {
        const err9 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "order" }, message: "must be equal to constant", schema: "order", parentSchema: schema622.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!formats02.test(data1)) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema622.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema622.properties.id.type, parentSchema: schema622.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.business_id !== void 0) {
      let data2 = data.business_id;
      if (typeof data2 === "string") {
        if (!formats02.test(data2)) {
          const err12 = { instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema622.properties.business_id, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema622.properties.business_id.type, parentSchema: schema622.properties.business_id, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (typeof data3 !== "string") {
        const err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema622.properties.status.type, parentSchema: schema622.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data3 === "created" || data3 === "in_progress" || data3 === "completed" || data3 === "cancelled")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema622.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema622.properties.status.enum, parentSchema: schema622.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.products !== void 0) {
      let data4 = data.products;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err16 = { instancePath: instancePath + "/products", schemaPath: "#/properties/products/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema622.properties.products, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err17 = { instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema622.properties.products.items.type, parentSchema: schema622.properties.products.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (!(data5 === "identity" || data5 === "tin" || data5 === "watchlist" || data5 === "litigation" || data5 === "liens")) {
            const err18 = { instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/enum", keyword: "enum", params: { allowedValues: schema622.properties.products.items.enum }, message: "must be equal to one of the allowed values", schema: schema622.properties.products.items.enum, parentSchema: schema622.properties.products.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/products", schemaPath: "#/properties/products/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema622.properties.products.type, parentSchema: schema622.properties.products, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data6 = data.created_at;
      if (typeof data6 === "string") {
        if (!formats22.validate(data6)) {
          const err20 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.completed_at !== void 0) {
      let data7 = data.completed_at;
      const _errs19 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs20 = errors;
      if (typeof data7 === "string") {
        if (!formats22.validate(data7)) {
          const err22 = { instancePath: instancePath + "/completed_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/completed_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs24 = errors;
      if (data7 !== null) {
        const err24 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema622.properties.completed_at.oneOf[1].type, parentSchema: schema622.properties.completed_at.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs24 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err25 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema622.properties.completed_at.oneOf, parentSchema: schema622.properties.completed_at, data: data7 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema622.type, parentSchema: schema622, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate442.errors = vErrors;
  return errors === 0;
}
validate442.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate432(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate432.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      if (!validate442(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate442.errors : vErrors.concat(validate442.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate432.errors = vErrors;
  return errors === 0;
}
validate432.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate412(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate412.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate222(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.type.type, parentSchema: schema60.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("order.completed" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.completed" }, message: "must be equal to constant", schema: "order.completed", parentSchema: schema60.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate432(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate432.errors : vErrors.concat(validate432.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate412.errors = vErrors;
  return errors === 0;
}
validate412.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainOrderCreatedEvent = validate472;
var schema65 = { "title": "OrderCreatedEvent", "description": "Sent when an order for verification products is placed.", "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "order.created" }, "data": { "$ref": "#/$defs/OrderEventData" } }, "unevaluatedProperties": false };
function validate472(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate472.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate222(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema65.required, parentSchema: schema65, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.type.type, parentSchema: schema65.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("order.created" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.created" }, message: "must be equal to constant", schema: "order.created", parentSchema: schema65.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate432(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate432.errors : vErrors.concat(validate432.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties", schema: false, parentSchema: schema65, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate472.errors = vErrors;
  return errors === 0;
}
validate472.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainProblem = validate502;
var schema66 = { "title": "Problem", "description": "An RFC 9457 problem details object. Validation problems (`422`) list every broken rule in `errors`.", "type": "object", "required": ["type", "title", "status"], "properties": { "type": { "type": "string", "format": "uri-reference", "description": "A URI that identifies the problem type." }, "title": { "type": "string", "description": "A short summary of the problem type." }, "status": { "type": "integer", "minimum": 400, "maximum": 599, "description": "The HTTP status code." }, "detail": { "type": "string", "description": "What went wrong with this request, in words a person understands." }, "instance": { "type": "string", "format": "uri-reference", "description": "The request path the problem occurred on." }, "errors": { "type": "array", "description": "For validation problems, one entry per broken rule.", "items": { "$ref": "#/$defs/ValidationError" } } }, "additionalProperties": false };
var schema67 = { "title": "ValidationError", "description": "One broken rule of a request.", "type": "object", "required": ["pointer", "message"], "properties": { "pointer": { "type": "string", "description": "A JSON pointer (RFC 6901) to the offending field of the request body; empty for the body itself.", "examples": ["/oidc_client_secret"] }, "message": { "type": "string", "description": "Which rule the field broke and what to change, in a sentence.", "examples": ['oidc_client_secret is required when oidc_auth_method is "client_secret"'] } }, "additionalProperties": false };
var formats322 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function validate502(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate502.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "title" || key0 === "status" || key0 === "detail" || key0 === "instance" || key0 === "errors")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 === "string") {
        if (!formats322.test(data0)) {
          const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/format", keyword: "format", params: { format: "uri-reference" }, message: 'must match format "uri-reference"', schema: "uri-reference", parentSchema: schema66.properties.type, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.type.type, parentSchema: schema66.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.title.type, parentSchema: schema66.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.status.type, parentSchema: schema66.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 599 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema66.properties.status, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 400 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 400 }, message: "must be >= 400", schema: 400, parentSchema: schema66.properties.status, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.detail !== void 0) {
      let data3 = data.detail;
      if (typeof data3 !== "string") {
        const err10 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.detail.type, parentSchema: schema66.properties.detail, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.instance !== void 0) {
      let data4 = data.instance;
      if (typeof data4 === "string") {
        if (!formats322.test(data4)) {
          const err11 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/format", keyword: "format", params: { format: "uri-reference" }, message: 'must match format "uri-reference"', schema: "uri-reference", parentSchema: schema66.properties.instance, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.instance.type, parentSchema: schema66.properties.instance, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.errors !== void 0) {
      let data5 = data.errors;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.pointer === void 0) {
              const err13 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/ValidationError/required", keyword: "required", params: { missingProperty: "pointer" }, message: "must have required property 'pointer'", schema: schema67.required, parentSchema: schema67, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.message === void 0) {
              const err14 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/ValidationError/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema67.required, parentSchema: schema67, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "pointer" || key1 === "message")) {
                const err15 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/ValidationError/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6.pointer !== void 0) {
              let data7 = data6.pointer;
              if (typeof data7 !== "string") {
                const err16 = { instancePath: instancePath + "/errors/" + i0 + "/pointer", schemaPath: "#/$defs/ValidationError/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.pointer.type, parentSchema: schema67.properties.pointer, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.message !== void 0) {
              let data8 = data6.message;
              if (typeof data8 !== "string") {
                const err17 = { instancePath: instancePath + "/errors/" + i0 + "/message", schemaPath: "#/$defs/ValidationError/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.message.type, parentSchema: schema67.properties.message, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/ValidationError/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.errors.type, parentSchema: schema66.properties.errors, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate502.errors = vErrors;
  return errors === 0;
}
validate502.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainWebhook = validate512;
var schema682 = { "title": "Webhook", "description": "A webhook endpoint. Secrets are write-only: this object has no `secret` or `oidc_client_secret`\nfield at all, and no other field may appear, so a leaked secret is a contract violation.\nThe `oidc_*` fields are `null` when OIDC is not configured.\n", "type": "object", "required": ["object", "id", "url", "enabled_events", "include", "oidc_auth_method", "oidc_client_id", "oidc_token_endpoint", "oidc_resource_uri", "oidc_scope", "oidc_access_token_ttl_seconds", "created_at", "updated_at", "disabled_at"], "properties": { "object": { "type": "string", "const": "webhook", "description": "String representing the object's type." }, "id": { "$ref": "#/$defs/WebhookId" }, "url": { "$ref": "#/$defs/HttpsUrl", "description": "Webhook endpoint URL." }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "include": { "$ref": "#/$defs/Include", "description": "Associations included in payloads; `*` (all) when none was given." }, "oidc_auth_method": { "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "oneOf": [{ "$ref": "#/$defs/OidcClientId" }, { "type": "null" }] }, "oidc_token_endpoint": { "oneOf": [{ "$ref": "#/$defs/OidcTokenEndpoint" }, { "type": "null" }] }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "oneOf": [{ "$ref": "#/$defs/OidcAccessTokenTtlSeconds" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp", "description": "When the webhook was created." }, "updated_at": { "$ref": "#/$defs/Timestamp", "description": "When the webhook was last changed." }, "disabled_at": { "description": "When the webhook was disabled; `null` while it receives deliveries.", "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] } }, "additionalProperties": false };
var schema70 = { "title": "HttpsUrl", "description": "An absolute `https://` URL, without credentials in it.", "type": "string", "format": "uri", "minLength": 9, "maxLength": 2048, "pattern": "^https://[^\\s/?#@]+([/?#]\\S*)?$", "x-error-messages": { "type": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "format": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "pattern": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "minLength": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "maxLength": "{field} must be at most 2048 characters long" }, "examples": ["https://hooks.example.com/webhooks"], "x-faker": { "fake": ["https://{{lorem.word}}.example.com/webhooks"] } };
var schema74 = { "title": "Include", "description": "Comma-delimited list of associations to include in webhook payloads. Omit or set to `*` for all.\nUse `identifiers` to receive only top-level scalar fields (`id`, `external_id`, `name`, `status`, etc.)\nwith no associations. Associations: `addresses`, `names`, `people`, `registrations`, `tin`, `watchlist`.\n", "type": "string", "maxLength": 256, "pattern": "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", "x-error-messages": { "pattern": '{field} must be "*", "identifiers", or a comma-delimited list of associations (addresses, names, people, registrations, tin, watchlist)', "maxLength": "{field} must be at most 256 characters long" }, "examples": ["*", "identifiers", "addresses,people"], "x-faker": { "helpers.arrayElement": [["*", "identifiers", "addresses,people", "names, registrations", "tin,watchlist"]] } };
var schema752 = { "title": "OidcAuthMethod", "description": "OIDC authentication method for obtaining access tokens. Required when configuring OIDC.\n`private_key_jwt` \u2014 requires `oidc_client_id`, `oidc_token_endpoint`, `oidc_access_token_ttl_seconds`.\n`client_secret` \u2014 requires `oidc_client_id`, `oidc_client_secret`, `oidc_token_endpoint`, `oidc_access_token_ttl_seconds`.\nBoth methods optionally accept `oidc_scope` and `oidc_resource_uri`.\n", "type": "string", "enum": ["private_key_jwt", "client_secret"], "x-error-messages": { "enum": '{field} must be "client_secret" or "private_key_jwt"', "type": '{field} must be "client_secret" or "private_key_jwt"' } };
var schema76 = { "title": "OidcClientId", "description": "OIDC client ID. Required for both auth methods.", "type": "string", "minLength": 1, "maxLength": 255 };
var schema79 = { "title": "OidcResourceUri", "description": "Optional. OIDC resource URI (Microsoft-specific; use `oidc_scope` for standard OAuth 2.0).", "type": "string", "format": "uri", "maxLength": 2048, "x-error-messages": { "format": '{field} must be an absolute URI, such as "api://my-app" or "https://graph.example.com"' } };
var schema80 = { "title": "OidcScope", "description": "Optional. OAuth 2.0 scope for the token request (e.g. `api://<app-id>/.default`).", "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "x-error-messages": { "pattern": "{field} must be space-separated OAuth 2.0 scope tokens (printable ASCII, no quotes or backslashes)" }, "x-faker": { "helpers.arrayElement": [["api://6b1e7c52/.default", "openid webhooks.receive", "webhooks"]] } };
var schema81 = { "title": "OidcAccessTokenTtlSeconds", "description": "OIDC access token TTL in seconds. Required for both auth methods. How long the platform reuses a token before fetching a new one.", "type": "integer", "minimum": 60, "maximum": 86400, "x-error-messages": { "type": "{field} must be a whole number of seconds", "minimum": "{field} must be at least 60 seconds", "maximum": "{field} must be at most 86400 seconds (one day)" } };
var formats382 = require_formats().fullFormats.uri;
var pattern62 = new RegExp("^https://[^\\s/?#@]+([/?#]\\S*)?$", "u");
var pattern72 = new RegExp("^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", "u");
var pattern92 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "u");
var schema71 = { "title": "EnabledEvents", "description": 'Array of event types to subscribe to, or `["*"]` for all events.', "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/EnabledEventType" }, "if": { "contains": { "const": "*" } }, "then": { "maxItems": 1, "x-error-messages": { "maxItems": '{field}: "*" cannot be combined with other events' } }, "x-error-messages": { "type": '{field} must be an array of event types, or ["*"] for all events', "minItems": '{field} must list at least one event type, or ["*"] for all events', "uniqueItems": "{field} lists an event type more than once" }, "examples": [["*"], ["business.created", "business.updated"]], "x-faker": { "helpers.arrayElement": [[["*"], ["business.created", "business.updated"], ["business.approved", "business.rejected"], ["order.created", "order.completed"]]] } };
var schema72 = { "title": "EnabledEventType", "description": "An event type to subscribe to, or `*` for all events.", "anyOf": [{ "type": "string", "const": "*" }, { "$ref": "#/$defs/EventType" }], "x-error-messages": { "anyOf": '{field} is not a known event type; use "*" or one of the event types listed in the webhooks section' } };
function validate532(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate532.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.anyOf[0].type, parentSchema: schema72.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ("*" !== data) {
    const err1 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant", schema: "*", parentSchema: schema72.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (typeof data !== "string") {
    const err2 = { instancePath, schemaPath: "#/$defs/EventType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema342.type, parentSchema: schema342, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (!(data === "business.created" || data === "business.updated" || data === "business.approved" || data === "business.rejected" || data === "order.created" || data === "order.completed")) {
    const err3 = { instancePath, schemaPath: "#/$defs/EventType/enum", keyword: "enum", params: { allowedValues: schema342.enum }, message: "must be equal to one of the allowed values", schema: schema342.enum, parentSchema: schema342, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema72.anyOf, parentSchema: schema72, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate532.errors = vErrors;
  return errors === 0;
}
validate532.evaluated = { "dynamicProps": false, "dynamicItems": false };
var func02 = require_equal().default;
function validate522(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate522.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (Array.isArray(data)) {
    const _errs3 = errors;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      const _errs4 = errors;
      if ("*" !== data[i0]) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid1 = _errs4 === errors;
      if (valid1) {
        break;
      }
    }
    if (!valid1) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (Array.isArray(data)) {
      if (data.length > 1) {
        const err2 = { instancePath, schemaPath: "#/then/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema71.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema71.if, parentSchema: schema71, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err4 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema71, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.length < 1) {
      const err5 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema71, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    const len1 = data.length;
    for (let i1 = 0; i1 < len1; i1++) {
      if (!validate532(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate532.errors : vErrors.concat(validate532.errors);
        errors = vErrors.length;
      }
    }
    let i2 = data.length;
    let j0;
    if (i2 > 1) {
      outer0: for (; i2--; ) {
        for (j0 = i2; j0--; ) {
          if (func02(data[i2], data[j0])) {
            const err6 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema71, data };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate522.errors = vErrors;
  return errors === 0;
}
validate522.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate562(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate562.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func22(data) > 2048) {
      const err0 = { instancePath, schemaPath: "#/$defs/HttpsUrl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func22(data) < 9) {
      const err1 = { instancePath, schemaPath: "#/$defs/HttpsUrl/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern62.test(data)) {
      const err2 = { instancePath, schemaPath: "#/$defs/HttpsUrl/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#@]+([/?#]\\S*)?$" }, message: 'must match pattern "^https://[^\\s/?#@]+([/?#]\\S*)?$"', schema: "^https://[^\\s/?#@]+([/?#]\\S*)?$", parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (!formats382(data)) {
      const err3 = { instancePath, schemaPath: "#/$defs/HttpsUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/$defs/HttpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate562.errors = vErrors;
  return errors === 0;
}
validate562.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate512(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate512.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.enabled_events === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enabled_events" }, message: "must have required property 'enabled_events'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.include === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "include" }, message: "must have required property 'include'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.oidc_auth_method === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_auth_method" }, message: "must have required property 'oidc_auth_method'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.oidc_client_id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_client_id" }, message: "must have required property 'oidc_client_id'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.oidc_token_endpoint === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_token_endpoint" }, message: "must have required property 'oidc_token_endpoint'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.oidc_resource_uri === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_resource_uri" }, message: "must have required property 'oidc_resource_uri'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.oidc_scope === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_scope" }, message: "must have required property 'oidc_scope'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.oidc_access_token_ttl_seconds === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_access_token_ttl_seconds" }, message: "must have required property 'oidc_access_token_ttl_seconds'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property 'updated_at'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.disabled_at === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "disabled_at" }, message: "must have required property 'disabled_at'", schema: schema682.required, parentSchema: schema682, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema682.properties, key0)) {
        const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema682, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err15 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema682.properties.object.type, parentSchema: schema682.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if ("webhook" !== data0) {
        const err16 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "webhook" }, message: "must be equal to constant", schema: "webhook", parentSchema: schema682.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!formats02.test(data1)) {
          const err17 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/WebhookId/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema52, data: data1 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/WebhookId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.type, parentSchema: schema52, data: data1 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data2 = data.url;
      if (typeof data2 === "string") {
        if (func22(data2) > 2048) {
          const err19 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema70, data: data2 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func22(data2) < 9) {
          const err20 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema70, data: data2 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!pattern62.test(data2)) {
          const err21 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#@]+([/?#]\\S*)?$" }, message: 'must match pattern "^https://[^\\s/?#@]+([/?#]\\S*)?$"', schema: "^https://[^\\s/?#@]+([/?#]\\S*)?$", parentSchema: schema70, data: data2 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!formats382(data2)) {
          const err22 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema70, data: data2 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.type, parentSchema: schema70, data: data2 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.enabled_events !== void 0) {
      if (!validate522(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate522.errors : vErrors.concat(validate522.errors);
        errors = vErrors.length;
      }
    }
    if (data.include !== void 0) {
      let data4 = data.include;
      if (typeof data4 === "string") {
        if (func22(data4) > 256) {
          const err24 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema74, data: data4 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern72.test(data4)) {
          const err25 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/pattern", keyword: "pattern", params: { pattern: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$" }, message: 'must match pattern "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$"', schema: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", parentSchema: schema74, data: data4 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data4 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.oidc_auth_method !== void 0) {
      let data5 = data.oidc_auth_method;
      const _errs19 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs20 = errors;
      if (typeof data5 !== "string") {
        const err27 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema752.type, parentSchema: schema752, data: data5 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (!(data5 === "private_key_jwt" || data5 === "client_secret")) {
        const err28 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/enum", keyword: "enum", params: { allowedValues: schema752.enum }, message: "must be equal to one of the allowed values", schema: schema752.enum, parentSchema: schema752, data: data5 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs24 = errors;
      if (data5 !== null) {
        const err29 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema682.properties.oidc_auth_method.oneOf[1].type, parentSchema: schema682.properties.oidc_auth_method.oneOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs24 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err30 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema682.properties.oidc_auth_method.oneOf, parentSchema: schema682.properties.oidc_auth_method, data: data5 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_client_id !== void 0) {
      let data6 = data.oidc_client_id;
      const _errs27 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs28 = errors;
      if (typeof data6 === "string") {
        if (func22(data6) > 255) {
          const err31 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema76, data: data6 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (func22(data6) < 1) {
          const err32 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema76, data: data6 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.type, parentSchema: schema76, data: data6 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid1 = _errs28 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs31 = errors;
      if (data6 !== null) {
        const err34 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema682.properties.oidc_client_id.oneOf[1].type, parentSchema: schema682.properties.oidc_client_id.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid1 = _errs31 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err35 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema682.properties.oidc_client_id.oneOf, parentSchema: schema682.properties.oidc_client_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_token_endpoint !== void 0) {
      let data7 = data.oidc_token_endpoint;
      const _errs34 = errors;
      let valid8 = false;
      let passing2 = null;
      const _errs35 = errors;
      if (!validate562(data7, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate562.errors : vErrors.concat(validate562.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs35 === errors;
      if (_valid2) {
        valid8 = true;
        passing2 = 0;
      }
      const _errs36 = errors;
      if (data7 !== null) {
        const err36 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema682.properties.oidc_token_endpoint.oneOf[1].type, parentSchema: schema682.properties.oidc_token_endpoint.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var _valid2 = _errs36 === errors;
      if (_valid2 && valid8) {
        valid8 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid8 = true;
          passing2 = 1;
        }
      }
      if (!valid8) {
        const err37 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema682.properties.oidc_token_endpoint.oneOf, parentSchema: schema682.properties.oidc_token_endpoint, data: data7 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      } else {
        errors = _errs34;
        if (vErrors !== null) {
          if (_errs34) {
            vErrors.length = _errs34;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_resource_uri !== void 0) {
      let data8 = data.oidc_resource_uri;
      const _errs39 = errors;
      let valid9 = false;
      let passing3 = null;
      const _errs40 = errors;
      if (typeof data8 === "string") {
        if (func22(data8) > 2048) {
          const err38 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema79, data: data8 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (!formats382(data8)) {
          const err39 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema79, data: data8 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data8 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      var _valid3 = _errs40 === errors;
      if (_valid3) {
        valid9 = true;
        passing3 = 0;
      }
      const _errs44 = errors;
      if (data8 !== null) {
        const err41 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema682.properties.oidc_resource_uri.oneOf[1].type, parentSchema: schema682.properties.oidc_resource_uri.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      var _valid3 = _errs44 === errors;
      if (_valid3 && valid9) {
        valid9 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid9 = true;
          passing3 = 1;
        }
      }
      if (!valid9) {
        const err42 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema682.properties.oidc_resource_uri.oneOf, parentSchema: schema682.properties.oidc_resource_uri, data: data8 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      } else {
        errors = _errs39;
        if (vErrors !== null) {
          if (_errs39) {
            vErrors.length = _errs39;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_scope !== void 0) {
      let data9 = data.oidc_scope;
      const _errs47 = errors;
      let valid11 = false;
      let passing4 = null;
      const _errs48 = errors;
      if (typeof data9 === "string") {
        if (func22(data9) > 1024) {
          const err43 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema80, data: data9 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (func22(data9) < 1) {
          const err44 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema80, data: data9 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (!pattern92.test(data9)) {
          const err45 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, message: 'must match pattern "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"', schema: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", parentSchema: schema80, data: data9 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data9 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      var _valid4 = _errs48 === errors;
      if (_valid4) {
        valid11 = true;
        passing4 = 0;
      }
      const _errs53 = errors;
      if (data9 !== null) {
        const err47 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema682.properties.oidc_scope.oneOf[1].type, parentSchema: schema682.properties.oidc_scope.oneOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      var _valid4 = _errs53 === errors;
      if (_valid4 && valid11) {
        valid11 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid11 = true;
          passing4 = 1;
        }
      }
      if (!valid11) {
        const err48 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema682.properties.oidc_scope.oneOf, parentSchema: schema682.properties.oidc_scope, data: data9 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      } else {
        errors = _errs47;
        if (vErrors !== null) {
          if (_errs47) {
            vErrors.length = _errs47;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_access_token_ttl_seconds !== void 0) {
      let data10 = data.oidc_access_token_ttl_seconds;
      const _errs56 = errors;
      let valid13 = false;
      let passing5 = null;
      const _errs57 = errors;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err49 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema81.type, parentSchema: schema81, data: data10 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 > 86400 || isNaN(data10)) {
          const err50 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema81, data: data10 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (data10 < 60 || isNaN(data10)) {
          const err51 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60", schema: 60, parentSchema: schema81, data: data10 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      }
      var _valid5 = _errs57 === errors;
      if (_valid5) {
        valid13 = true;
        passing5 = 0;
      }
      const _errs61 = errors;
      if (data10 !== null) {
        const err52 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema682.properties.oidc_access_token_ttl_seconds.oneOf[1].type, parentSchema: schema682.properties.oidc_access_token_ttl_seconds.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      var _valid5 = _errs61 === errors;
      if (_valid5 && valid13) {
        valid13 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid13 = true;
          passing5 = 1;
        }
      }
      if (!valid13) {
        const err53 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema682.properties.oidc_access_token_ttl_seconds.oneOf, parentSchema: schema682.properties.oidc_access_token_ttl_seconds, data: data10 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      } else {
        errors = _errs56;
        if (vErrors !== null) {
          if (_errs56) {
            vErrors.length = _errs56;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.created_at !== void 0) {
      let data11 = data.created_at;
      if (typeof data11 === "string") {
        if (!formats22.validate(data11)) {
          const err54 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data11 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = { instancePath: instancePath + "/created_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data11 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.updated_at !== void 0) {
      let data12 = data.updated_at;
      if (typeof data12 === "string") {
        if (!formats22.validate(data12)) {
          const err56 = { instancePath: instancePath + "/updated_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data12 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      } else {
        const err57 = { instancePath: instancePath + "/updated_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data12 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.disabled_at !== void 0) {
      let data13 = data.disabled_at;
      const _errs72 = errors;
      let valid17 = false;
      let passing6 = null;
      const _errs73 = errors;
      if (typeof data13 === "string") {
        if (!formats22.validate(data13)) {
          const err58 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data13 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      } else {
        const err59 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data13 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      var _valid6 = _errs73 === errors;
      if (_valid6) {
        valid17 = true;
        passing6 = 0;
      }
      const _errs77 = errors;
      if (data13 !== null) {
        const err60 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema682.properties.disabled_at.oneOf[1].type, parentSchema: schema682.properties.disabled_at.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      var _valid6 = _errs77 === errors;
      if (_valid6 && valid17) {
        valid17 = false;
        passing6 = [passing6, 1];
      } else {
        if (_valid6) {
          valid17 = true;
          passing6 = 1;
        }
      }
      if (!valid17) {
        const err61 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema682.properties.disabled_at.oneOf, parentSchema: schema682.properties.disabled_at, data: data13 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      } else {
        errors = _errs72;
        if (vErrors !== null) {
          if (_errs72) {
            vErrors.length = _errs72;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema682.type, parentSchema: schema682, data };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate512.errors = vErrors;
  return errors === 0;
}
validate512.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainWebhookCreate = validate582;
var schema852 = { "title": "WebhookCreate", "description": "A new webhook endpoint. The OIDC fields follow the rules of `oidc_auth_method`; the three allowed\nshapes are the `oneOf` below (no OIDC, `client_secret`, `private_key_jwt`). The same rules are also\nstated one by one (`allOf` of `if`/`then`) so that a validator can name the rule a request broke.\n", "type": "object", "required": ["url", "enabled_events"], "properties": { "url": { "$ref": "#/$defs/HttpsUrl", "description": "Webhook endpoint URL. Must be `https://`." }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "secret": { "$ref": "#/$defs/WebhookSecret" }, "include": { "$ref": "#/$defs/Include" }, "oidc_auth_method": { "$ref": "#/$defs/OidcAuthMethod" }, "oidc_client_id": { "$ref": "#/$defs/OidcClientId" }, "oidc_client_secret": { "$ref": "#/$defs/OidcClientSecret" }, "oidc_token_endpoint": { "$ref": "#/$defs/OidcTokenEndpoint" }, "oidc_resource_uri": { "$ref": "#/$defs/OidcResourceUri" }, "oidc_scope": { "$ref": "#/$defs/OidcScope" }, "oidc_access_token_ttl_seconds": { "$ref": "#/$defs/OidcAccessTokenTtlSeconds" } }, "additionalProperties": false, "allOf": [{ "$ref": "#/$defs/OidcRules" }], "x-explain-with": "allOf", "x-error-messages": { "required": "{field} is required", "additionalProperties": "{field} is not a known field", "type": "the request body must be a JSON object" } };
var schema86 = { "title": "OidcRules", "description": "The OIDC rules, one `if`/`then` per rule, so that a validator names the rule a request breaks.\nThey accept exactly the objects that the `oneOf` of `OidcOff`, `OidcClientSecretAuth` and\n`OidcPrivateKeyJwtAuth` accepts; a test keeps the two statements in agreement.\n", "allOf": [{ "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "const": "client_secret" } } }, "then": { "type": "object", "required": ["oidc_client_id", "oidc_client_secret", "oidc_token_endpoint", "oidc_access_token_ttl_seconds"], "x-error-messages": { "required": '{field} is required when oidc_auth_method is "client_secret"' } } }, { "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "const": "private_key_jwt" } } }, "then": { "type": "object", "required": ["oidc_client_id", "oidc_token_endpoint", "oidc_access_token_ttl_seconds"], "properties": { "oidc_client_secret": { "not": {}, "x-error-messages": { "not": 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"' } } }, "x-error-messages": { "required": '{field} is required when oidc_auth_method is "private_key_jwt"' } } }, { "if": { "type": "object", "not": { "type": "object", "required": ["oidc_auth_method"] } }, "then": { "type": "object", "propertyNames": { "not": { "pattern": "^oidc_" } }, "x-error-messages": { "propertyNames": '{field} needs oidc_auth_method: set oidc_auth_method to "client_secret" or "private_key_jwt", or remove {field}' } } }] };
var schema88 = { "title": "WebhookSecret", "description": "Secret for webhook signature verification: the key (its UTF-8 bytes) of the HMAC-SHA256 signatures\neach delivery carries in `webhook-signature` and `X-Webhook-Signature`. Write-only; never returned in responses. Use at least 16 random characters.\n", "type": "string", "writeOnly": true, "minLength": 16, "maxLength": 256, "x-error-messages": { "minLength": "{field} must be at least 16 characters long", "maxLength": "{field} must be at most 256 characters long" } };
var schema92 = { "title": "OidcClientSecret", "description": "OIDC client secret. Required when `oidc_auth_method` is `client_secret`. Write-only; never returned in responses.", "type": "string", "writeOnly": true, "minLength": 1, "maxLength": 1024 };
var pattern10 = new RegExp("^oidc_", "u");
function validate582(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate582.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs4 = errors;
  let valid3 = true;
  const _errs5 = errors;
  if (errors === _errs5) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.oidc_auth_method !== void 0) {
          if ("client_secret" !== data.oidc_auth_method) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs5 === errors;
  errors = _errs4;
  if (vErrors !== null) {
    if (_errs4) {
      vErrors.length = _errs4;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.oidc_client_id === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/then/required", keyword: "required", params: { missingProperty: "oidc_client_id" }, message: "must have required property 'oidc_client_id'", schema: schema86.allOf[0].then.required, parentSchema: schema86.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.oidc_client_secret === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/then/required", keyword: "required", params: { missingProperty: "oidc_client_secret" }, message: "must have required property 'oidc_client_secret'", schema: schema86.allOf[0].then.required, parentSchema: schema86.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.oidc_token_endpoint === void 0) {
        const err5 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/then/required", keyword: "required", params: { missingProperty: "oidc_token_endpoint" }, message: "must have required property 'oidc_token_endpoint'", schema: schema86.allOf[0].then.required, parentSchema: schema86.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.oidc_access_token_ttl_seconds === void 0) {
        const err6 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/then/required", keyword: "required", params: { missingProperty: "oidc_access_token_ttl_seconds" }, message: "must have required property 'oidc_access_token_ttl_seconds'", schema: schema86.allOf[0].then.required, parentSchema: schema86.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.allOf[0].then.type, parentSchema: schema86.allOf[0].then, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs8 === errors;
    valid3 = _valid0;
  }
  if (!valid3) {
    const err8 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema86.allOf[0].if, parentSchema: schema86.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (errors === _errs13) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.oidc_auth_method === void 0 && (missing1 = "oidc_auth_method")) {
        const err9 = {};
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        if (data.oidc_auth_method !== void 0) {
          if ("private_key_jwt" !== data.oidc_auth_method) {
            const err10 = {};
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    } else {
      const err11 = {};
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
  }
  var _valid1 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.oidc_client_id === void 0) {
        const err12 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/1/then/required", keyword: "required", params: { missingProperty: "oidc_client_id" }, message: "must have required property 'oidc_client_id'", schema: schema86.allOf[1].then.required, parentSchema: schema86.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.oidc_token_endpoint === void 0) {
        const err13 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/1/then/required", keyword: "required", params: { missingProperty: "oidc_token_endpoint" }, message: "must have required property 'oidc_token_endpoint'", schema: schema86.allOf[1].then.required, parentSchema: schema86.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.oidc_access_token_ttl_seconds === void 0) {
        const err14 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/1/then/required", keyword: "required", params: { missingProperty: "oidc_access_token_ttl_seconds" }, message: "must have required property 'oidc_access_token_ttl_seconds'", schema: schema86.allOf[1].then.required, parentSchema: schema86.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data.oidc_client_secret !== void 0) {
        const err15 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcRules/allOf/1/then/properties/oidc_client_secret/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema86.allOf[1].then.properties.oidc_client_secret.not, parentSchema: schema86.allOf[1].then.properties.oidc_client_secret, data: data.oidc_client_secret };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    } else {
      const err16 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.allOf[1].then.type, parentSchema: schema86.allOf[1].then, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    var _valid1 = _errs16 === errors;
    valid5 = _valid1;
    if (valid5) {
      var props0 = {};
      props0.oidc_client_secret = true;
      props0.oidc_auth_method = true;
    }
  }
  if (!valid5) {
    const err17 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema86.allOf[1].if, parentSchema: schema86.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.oidc_auth_method = true;
  }
  const _errs23 = errors;
  let valid8 = true;
  const _errs24 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err18 = {};
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  const _errs26 = errors;
  const _errs27 = errors;
  if (errors === _errs27) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.oidc_auth_method === void 0 && (missing2 = "oidc_auth_method")) {
        const err19 = {};
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    } else {
      const err20 = {};
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
  }
  var valid9 = _errs27 === errors;
  if (valid9) {
    const err21 = {};
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  } else {
    errors = _errs26;
    if (vErrors !== null) {
      if (_errs26) {
        vErrors.length = _errs26;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid2 = _errs24 === errors;
  errors = _errs23;
  if (vErrors !== null) {
    if (_errs23) {
      vErrors.length = _errs23;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs29 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs32 = errors;
        const _errs33 = errors;
        const _errs34 = errors;
        if (typeof key0 === "string") {
          if (!pattern10.test(key0)) {
            const err22 = {};
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        var valid11 = _errs34 === errors;
        if (valid11) {
          const err23 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/2/then/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema86.allOf[2].then.propertyNames.not, parentSchema: schema86.allOf[2].then.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        } else {
          errors = _errs33;
          if (vErrors !== null) {
            if (_errs33) {
              vErrors.length = _errs33;
            } else {
              vErrors = null;
            }
          }
        }
        var valid10 = _errs32 === errors;
        if (!valid10) {
          const err24 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/2/then/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema86.allOf[2].then.propertyNames, parentSchema: schema86.allOf[2].then, data };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    } else {
      const err25 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/2/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.allOf[2].then.type, parentSchema: schema86.allOf[2].then, data };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    var _valid2 = _errs29 === errors;
    valid8 = _valid2;
  }
  if (!valid8) {
    const err26 = { instancePath, schemaPath: "#/$defs/OidcRules/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema86.allOf[2].if, parentSchema: schema86.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err27 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema852.required, parentSchema: schema852, data };
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    }
    if (data.enabled_events === void 0) {
      const err28 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enabled_events" }, message: "must have required property 'enabled_events'", schema: schema852.required, parentSchema: schema852, data };
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!func12.call(schema852.properties, key1)) {
        const err29 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema852, data };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data3 = data.url;
      if (typeof data3 === "string") {
        if (func22(data3) > 2048) {
          const err30 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema70, data: data3 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (func22(data3) < 9) {
          const err31 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema70, data: data3 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern62.test(data3)) {
          const err32 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#@]+([/?#]\\S*)?$" }, message: 'must match pattern "^https://[^\\s/?#@]+([/?#]\\S*)?$"', schema: "^https://[^\\s/?#@]+([/?#]\\S*)?$", parentSchema: schema70, data: data3 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (!formats382(data3)) {
          const err33 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema70, data: data3 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.type, parentSchema: schema70, data: data3 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.enabled_events !== void 0) {
      if (!validate522(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate522.errors : vErrors.concat(validate522.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret !== void 0) {
      let data5 = data.secret;
      if (typeof data5 === "string") {
        if (func22(data5) > 256) {
          const err35 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema88, data: data5 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (func22(data5) < 16) {
          const err36 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/minLength", keyword: "minLength", params: { limit: 16 }, message: "must NOT have fewer than 16 characters", schema: 16, parentSchema: schema88, data: data5 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.type, parentSchema: schema88, data: data5 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data6 = data.include;
      if (typeof data6 === "string") {
        if (func22(data6) > 256) {
          const err38 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema74, data: data6 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (!pattern72.test(data6)) {
          const err39 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/pattern", keyword: "pattern", params: { pattern: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$" }, message: 'must match pattern "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$"', schema: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", parentSchema: schema74, data: data6 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data6 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.oidc_auth_method !== void 0) {
      let data7 = data.oidc_auth_method;
      if (typeof data7 !== "string") {
        const err41 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema752.type, parentSchema: schema752, data: data7 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (!(data7 === "private_key_jwt" || data7 === "client_secret")) {
        const err42 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/enum", keyword: "enum", params: { allowedValues: schema752.enum }, message: "must be equal to one of the allowed values", schema: schema752.enum, parentSchema: schema752, data: data7 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.oidc_client_id !== void 0) {
      let data8 = data.oidc_client_id;
      if (typeof data8 === "string") {
        if (func22(data8) > 255) {
          const err43 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema76, data: data8 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (func22(data8) < 1) {
          const err44 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema76, data: data8 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.type, parentSchema: schema76, data: data8 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.oidc_client_secret !== void 0) {
      let data9 = data.oidc_client_secret;
      if (typeof data9 === "string") {
        if (func22(data9) > 1024) {
          const err46 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema92, data: data9 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (func22(data9) < 1) {
          const err47 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema92, data: data9 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      } else {
        const err48 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.type, parentSchema: schema92, data: data9 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.oidc_token_endpoint !== void 0) {
      if (!validate562(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate562.errors : vErrors.concat(validate562.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_resource_uri !== void 0) {
      let data11 = data.oidc_resource_uri;
      if (typeof data11 === "string") {
        if (func22(data11) > 2048) {
          const err49 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema79, data: data11 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (!formats382(data11)) {
          const err50 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema79, data: data11 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data11 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.oidc_scope !== void 0) {
      let data12 = data.oidc_scope;
      if (typeof data12 === "string") {
        if (func22(data12) > 1024) {
          const err52 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema80, data: data12 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (func22(data12) < 1) {
          const err53 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema80, data: data12 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (!pattern92.test(data12)) {
          const err54 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, message: 'must match pattern "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"', schema: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", parentSchema: schema80, data: data12 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data12 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.oidc_access_token_ttl_seconds !== void 0) {
      let data13 = data.oidc_access_token_ttl_seconds;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err56 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema81.type, parentSchema: schema81, data: data13 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 86400 || isNaN(data13)) {
          const err57 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema81, data: data13 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data13 < 60 || isNaN(data13)) {
          const err58 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60", schema: 60, parentSchema: schema81, data: data13 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      }
    }
  } else {
    const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema852.type, parentSchema: schema852, data };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate582.errors = vErrors;
  return errors === 0;
}
validate582.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainWebhookList = validate61;
var schema96 = { "title": "WebhookList", "description": "One page of webhooks, newest first (the reverse of the order they were created in). Pass the last `id` as `starting_after` to get the next page while `has_more` is true.", "type": "object", "required": ["object", "data", "has_more"], "properties": { "object": { "type": "string", "const": "list" }, "data": { "type": "array", "maxItems": 100, "items": { "$ref": "#/$defs/Webhook" } }, "has_more": { "type": "boolean", "description": "Whether another page follows this one." } }, "additionalProperties": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.has_more === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "has_more" }, message: "must have required property 'has_more'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object" || key0 === "data" || key0 === "has_more")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema96, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema96.properties.object.type, parentSchema: schema96.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("list" !== data0) {
        const err5 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "list" }, message: "must be equal to constant", schema: "list", parentSchema: schema96.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data1 = data.data;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err6 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema96.properties.data, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate512(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate512.errors : vErrors.concat(validate512.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema96.properties.data.type, parentSchema: schema96.properties.data, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.has_more !== void 0) {
      let data3 = data.has_more;
      if (typeof data3 !== "boolean") {
        const err8 = { instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema96.properties.has_more.type, parentSchema: schema96.properties.has_more, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema96.type, parentSchema: schema96, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var explainWebhookUpdate = validate63;
var schema97 = { "title": "WebhookUpdate", "description": "A partial update: only the fields present change. `null` removes an optional value:\n`disabled_at: null` re-enables the webhook, `oidc_scope: null` and `oidc_resource_uri: null`\nremove those settings, and `oidc_auth_method: null` removes the whole OIDC configuration.\nThe OIDC rules hold for the **resulting** webhook, not only for this body: switching to\n`client_secret` needs `oidc_client_secret` unless one is stored, and switching to\n`private_key_jwt` discards a stored client secret.\n", "type": "object", "minProperties": 1, "properties": { "url": { "$ref": "#/$defs/HttpsUrl", "description": "Webhook endpoint URL. Must be `https://`." }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "secret": { "$ref": "#/$defs/WebhookSecret", "description": "A new signing secret; replaces the old one at once. Write-only." }, "include": { "$ref": "#/$defs/Include" }, "disabled_at": { "description": "Set to a date-time to stop deliveries from then on; `null` re-enables the webhook.", "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "oidc_auth_method": { "description": "Set or change the OIDC method; `null` removes the OIDC configuration.", "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "$ref": "#/$defs/OidcClientId" }, "oidc_client_secret": { "$ref": "#/$defs/OidcClientSecret" }, "oidc_token_endpoint": { "$ref": "#/$defs/OidcTokenEndpoint" }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "$ref": "#/$defs/OidcAccessTokenTtlSeconds" } }, "additionalProperties": false, "allOf": [{ "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "const": "private_key_jwt" } } }, "then": { "type": "object", "properties": { "oidc_client_secret": { "not": {}, "x-error-messages": { "not": 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"' } } } } }, { "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "type": "null" } } }, "then": { "type": "object", "propertyNames": { "not": { "pattern": "^oidc_(?!auth_method$)" } }, "x-error-messages": { "propertyNames": "{field} cannot be set in the same update that removes the OIDC configuration (oidc_auth_method: null)" } } }], "x-error-messages": { "minProperties": "the update must change at least one field", "additionalProperties": "{field} is not a known field", "type": "the request body must be a JSON object" } };
var pattern14 = new RegExp("^oidc_(?!auth_method$)", "u");
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.oidc_auth_method !== void 0) {
          if ("private_key_jwt" !== data.oidc_auth_method) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.oidc_client_secret !== void 0) {
        const err3 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/allOf/0/then/properties/oidc_client_secret/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema97.allOf[0].then.properties.oidc_client_secret.not, parentSchema: schema97.allOf[0].then.properties.oidc_client_secret, data: data.oidc_client_secret };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.allOf[0].then.type, parentSchema: schema97.allOf[0].then, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.oidc_client_secret = true;
      props0.oidc_auth_method = true;
    }
  }
  if (!valid1) {
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema97.allOf[0].if, parentSchema: schema97.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid4 = true;
  const _errs13 = errors;
  if (errors === _errs13) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.oidc_auth_method === void 0 && (missing1 = "oidc_auth_method")) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        if (data.oidc_auth_method !== void 0) {
          if (data.oidc_auth_method !== null) {
            const err7 = {};
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    } else {
      const err8 = {};
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
  }
  var _valid1 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs17 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs20 = errors;
        const _errs21 = errors;
        const _errs22 = errors;
        if (typeof key0 === "string") {
          if (!pattern14.test(key0)) {
            const err9 = {};
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        var valid7 = _errs22 === errors;
        if (valid7) {
          const err10 = { instancePath, schemaPath: "#/allOf/1/then/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema97.allOf[1].then.propertyNames.not, parentSchema: schema97.allOf[1].then.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        } else {
          errors = _errs21;
          if (vErrors !== null) {
            if (_errs21) {
              vErrors.length = _errs21;
            } else {
              vErrors = null;
            }
          }
        }
        var valid6 = _errs20 === errors;
        if (!valid6) {
          const err11 = { instancePath, schemaPath: "#/allOf/1/then/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema97.allOf[1].then.propertyNames, parentSchema: schema97.allOf[1].then, data };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    } else {
      const err12 = { instancePath, schemaPath: "#/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.allOf[1].then.type, parentSchema: schema97.allOf[1].then, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    var _valid1 = _errs17 === errors;
    valid4 = _valid1;
  }
  if (!valid4) {
    const err13 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema97.allOf[1].if, parentSchema: schema97.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.oidc_auth_method = true;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err14 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema97, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!func12.call(schema97.properties, key1)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data3 = data.url;
      if (typeof data3 === "string") {
        if (func22(data3) > 2048) {
          const err16 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema70, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func22(data3) < 9) {
          const err17 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema70, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!pattern62.test(data3)) {
          const err18 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#@]+([/?#]\\S*)?$" }, message: 'must match pattern "^https://[^\\s/?#@]+([/?#]\\S*)?$"', schema: "^https://[^\\s/?#@]+([/?#]\\S*)?$", parentSchema: schema70, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!formats382(data3)) {
          const err19 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema70, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/url", schemaPath: "#/$defs/HttpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.type, parentSchema: schema70, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.enabled_events !== void 0) {
      if (!validate522(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate522.errors : vErrors.concat(validate522.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret !== void 0) {
      let data5 = data.secret;
      if (typeof data5 === "string") {
        if (func22(data5) > 256) {
          const err21 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema88, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (func22(data5) < 16) {
          const err22 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/minLength", keyword: "minLength", params: { limit: 16 }, message: "must NOT have fewer than 16 characters", schema: 16, parentSchema: schema88, data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/secret", schemaPath: "#/$defs/WebhookSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.type, parentSchema: schema88, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data6 = data.include;
      if (typeof data6 === "string") {
        if (func22(data6) > 256) {
          const err24 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema74, data: data6 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern72.test(data6)) {
          const err25 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/pattern", keyword: "pattern", params: { pattern: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$" }, message: 'must match pattern "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$"', schema: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", parentSchema: schema74, data: data6 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/Include/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.disabled_at !== void 0) {
      let data7 = data.disabled_at;
      const _errs41 = errors;
      let valid12 = false;
      let passing0 = null;
      const _errs42 = errors;
      if (typeof data7 === "string") {
        if (!formats22.validate(data7)) {
          const err27 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/$defs/Timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema35, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/$defs/Timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data7 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid2 = _errs42 === errors;
      if (_valid2) {
        valid12 = true;
        passing0 = 0;
      }
      const _errs46 = errors;
      if (data7 !== null) {
        const err29 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema97.properties.disabled_at.oneOf[1].type, parentSchema: schema97.properties.disabled_at.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid2 = _errs46 === errors;
      if (_valid2 && valid12) {
        valid12 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid2) {
          valid12 = true;
          passing0 = 1;
        }
      }
      if (!valid12) {
        const err30 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema97.properties.disabled_at.oneOf, parentSchema: schema97.properties.disabled_at, data: data7 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs41;
        if (vErrors !== null) {
          if (_errs41) {
            vErrors.length = _errs41;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_auth_method !== void 0) {
      let data8 = data.oidc_auth_method;
      const _errs49 = errors;
      let valid14 = false;
      let passing1 = null;
      const _errs50 = errors;
      if (typeof data8 !== "string") {
        const err31 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema752.type, parentSchema: schema752, data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(data8 === "private_key_jwt" || data8 === "client_secret")) {
        const err32 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/$defs/OidcAuthMethod/enum", keyword: "enum", params: { allowedValues: schema752.enum }, message: "must be equal to one of the allowed values", schema: schema752.enum, parentSchema: schema752, data: data8 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid3 = _errs50 === errors;
      if (_valid3) {
        valid14 = true;
        passing1 = 0;
      }
      const _errs54 = errors;
      if (data8 !== null) {
        const err33 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema97.properties.oidc_auth_method.oneOf[1].type, parentSchema: schema97.properties.oidc_auth_method.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid3 = _errs54 === errors;
      if (_valid3 && valid14) {
        valid14 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid3) {
          valid14 = true;
          passing1 = 1;
        }
      }
      if (!valid14) {
        const err34 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema97.properties.oidc_auth_method.oneOf, parentSchema: schema97.properties.oidc_auth_method, data: data8 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs49;
        if (vErrors !== null) {
          if (_errs49) {
            vErrors.length = _errs49;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_client_id !== void 0) {
      let data9 = data.oidc_client_id;
      if (typeof data9 === "string") {
        if (func22(data9) > 255) {
          const err35 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema76, data: data9 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (func22(data9) < 1) {
          const err36 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema76, data: data9 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/$defs/OidcClientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.type, parentSchema: schema76, data: data9 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.oidc_client_secret !== void 0) {
      let data10 = data.oidc_client_secret;
      if (typeof data10 === "string") {
        if (func22(data10) > 1024) {
          const err38 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema92, data: data10 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (func22(data10) < 1) {
          const err39 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema92, data: data10 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/$defs/OidcClientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.type, parentSchema: schema92, data: data10 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.oidc_token_endpoint !== void 0) {
      if (!validate562(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate562.errors : vErrors.concat(validate562.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_resource_uri !== void 0) {
      let data12 = data.oidc_resource_uri;
      const _errs64 = errors;
      let valid18 = false;
      let passing2 = null;
      const _errs65 = errors;
      if (typeof data12 === "string") {
        if (func22(data12) > 2048) {
          const err41 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema79, data: data12 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (!formats382(data12)) {
          const err42 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema79, data: data12 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/$defs/OidcResourceUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.type, parentSchema: schema79, data: data12 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      var _valid4 = _errs65 === errors;
      if (_valid4) {
        valid18 = true;
        passing2 = 0;
      }
      const _errs69 = errors;
      if (data12 !== null) {
        const err44 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema97.properties.oidc_resource_uri.oneOf[1].type, parentSchema: schema97.properties.oidc_resource_uri.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      var _valid4 = _errs69 === errors;
      if (_valid4 && valid18) {
        valid18 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid4) {
          valid18 = true;
          passing2 = 1;
        }
      }
      if (!valid18) {
        const err45 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema97.properties.oidc_resource_uri.oneOf, parentSchema: schema97.properties.oidc_resource_uri, data: data12 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      } else {
        errors = _errs64;
        if (vErrors !== null) {
          if (_errs64) {
            vErrors.length = _errs64;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_scope !== void 0) {
      let data13 = data.oidc_scope;
      const _errs72 = errors;
      let valid20 = false;
      let passing3 = null;
      const _errs73 = errors;
      if (typeof data13 === "string") {
        if (func22(data13) > 1024) {
          const err46 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema80, data: data13 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (func22(data13) < 1) {
          const err47 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema80, data: data13 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (!pattern92.test(data13)) {
          const err48 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, message: 'must match pattern "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"', schema: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", parentSchema: schema80, data: data13 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/$defs/OidcScope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data13 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      var _valid5 = _errs73 === errors;
      if (_valid5) {
        valid20 = true;
        passing3 = 0;
      }
      const _errs78 = errors;
      if (data13 !== null) {
        const err50 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema97.properties.oidc_scope.oneOf[1].type, parentSchema: schema97.properties.oidc_scope.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var _valid5 = _errs78 === errors;
      if (_valid5 && valid20) {
        valid20 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid5) {
          valid20 = true;
          passing3 = 1;
        }
      }
      if (!valid20) {
        const err51 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema97.properties.oidc_scope.oneOf, parentSchema: schema97.properties.oidc_scope, data: data13 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      } else {
        errors = _errs72;
        if (vErrors !== null) {
          if (_errs72) {
            vErrors.length = _errs72;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_access_token_ttl_seconds !== void 0) {
      let data14 = data.oidc_access_token_ttl_seconds;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err52 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema81.type, parentSchema: schema81, data: data14 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 > 86400 || isNaN(data14)) {
          const err53 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema81, data: data14 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data14 < 60 || isNaN(data14)) {
          const err54 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/$defs/OidcAccessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60", schema: 60, parentSchema: schema81, data: data14 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
    }
  } else {
    const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.type, parentSchema: schema97, data };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// <stdin>
var NAMES = ["BusinessApprovedEvent", "BusinessCreatedEvent", "BusinessRejectedEvent", "BusinessUpdatedEvent", "DeliveryList", "JsonWebKeySet", "OrderCompletedEvent", "OrderCreatedEvent", "Problem", "Webhook", "WebhookCreate", "WebhookList", "WebhookUpdate"];
var validators = Object.freeze(Object.fromEntries(NAMES.map((n) => [n, virtual_fast_exports[`validate${n}`]])));
var explainers = Object.freeze(Object.fromEntries(NAMES.map((n) => [n, virtual_explain_exports[`explain${n}`]])));
var operations = { "listWebhooks": { "method": "get", "path": "/v1/webhooks", "responses": { "200": { "schema": "WebhookList", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "createWebhook": { "method": "post", "path": "/v1/webhooks", "requestBody": "WebhookCreate", "responses": { "201": { "schema": "Webhook", "mediaType": "application/json", "headers": ["X-Request-Id", "Location"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "413": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "415": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "422": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "getWebhook": { "method": "get", "path": "/v1/webhooks/{id}", "responses": { "200": { "schema": "Webhook", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "404": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "deleteWebhook": { "method": "delete", "path": "/v1/webhooks/{id}", "responses": { "204": { "schema": null, "mediaType": null, "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "404": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "updateWebhook": { "method": "patch", "path": "/v1/webhooks/{id}", "requestBody": "WebhookUpdate", "responses": { "200": { "schema": "Webhook", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "404": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "413": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "415": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "422": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "listWebhookDeliveries": { "method": "get", "path": "/v1/webhooks/{id}/deliveries", "responses": { "200": { "schema": "DeliveryList", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "404": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "getSigningKeys": { "method": "get", "path": "/.well-known/jwks.json", "responses": { "200": { "schema": "JsonWebKeySet", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } } };
var eventSchemas = { "business.created": "BusinessCreatedEvent", "business.updated": "BusinessUpdatedEvent", "business.approved": "BusinessApprovedEvent", "business.rejected": "BusinessRejectedEvent", "order.created": "OrderCreatedEvent", "order.completed": "OrderCompletedEvent" };
export {
  eventSchemas,
  explainBusinessApprovedEvent,
  explainBusinessCreatedEvent,
  explainBusinessRejectedEvent,
  explainBusinessUpdatedEvent,
  explainDeliveryList,
  explainJsonWebKeySet,
  explainOrderCompletedEvent,
  explainOrderCreatedEvent,
  explainProblem,
  explainWebhook,
  explainWebhookCreate,
  explainWebhookList,
  explainWebhookUpdate,
  explainers,
  operations,
  validateBusinessApprovedEvent,
  validateBusinessCreatedEvent,
  validateBusinessRejectedEvent,
  validateBusinessUpdatedEvent,
  validateDeliveryList,
  validateJsonWebKeySet,
  validateOrderCompletedEvent,
  validateOrderCreatedEvent,
  validateProblem,
  validateWebhook,
  validateWebhookCreate,
  validateWebhookList,
  validateWebhookUpdate,
  validators
};
