/* generated from spec/ by `npm run generate` — do not edit */

// virtual:virtual:runtime
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
function equal(a, b) {
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
}

// virtual:virtual:formats
function fmtDef(validate, compare) {
  return { validate, compare };
}
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
var NOT_URI_FRAGMENT = /\/|:/;
var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
  return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
var MIN_INT32 = -(2 ** 31);
var MAX_INT32 = 2 ** 31 - 1;
var format_date = /* @__PURE__ */ (() => fmtDef(date, compareDate))();
var format_date_time = /* @__PURE__ */ (() => fmtDef(getDateTime(true), compareDateTime))();
var format_uri = /* @__PURE__ */ (() => uri)();

// virtual:virtual:fast
var formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var formats2 = format_date_time;
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate55;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats2.validate(data)) {
          validate55.errors = [{ instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" } }];
          return false;
        }
      } else {
        validate55.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
var evaluated_validate55 = { "dynamicProps": false, "dynamicItems": false };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate54;
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
        validate54.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.object !== void 0) {
          let data0 = data.object;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate54.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("event" !== data0) {
            validate54.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event" } }];
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
                    validate54.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" } }];
                    return false;
                  }
                } else {
                  validate54.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } }];
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
              const _errs5 = errors;
              if (typeof data.type !== "string") {
                validate54.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.created_at !== void 0) {
                const _errs7 = errors;
                if (!validate55(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.data !== void 0) {
                  let data4 = data.data;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing1;
                      if (data4.object === void 0 && (missing1 = "object")) {
                        validate54.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: missing1 } }];
                        return false;
                      } else {
                        if (data4.object !== void 0) {
                          let data5 = data4.object;
                          const _errs10 = errors;
                          if (errors === _errs10) {
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              if (data5.object !== void 0) {
                                const _errs12 = errors;
                                if (typeof data5.object !== "string") {
                                  validate54.errors = [{ instancePath: instancePath + "/data/object/object", schemaPath: "#/properties/data/properties/object/properties/object/type", keyword: "type", params: { type: "string" } }];
                                  return false;
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data5.id !== void 0) {
                                  const _errs14 = errors;
                                  if (typeof data5.id !== "string") {
                                    validate54.errors = [{ instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            } else {
                              validate54.errors = [{ instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" } }];
                              return false;
                            }
                          }
                        }
                      }
                    } else {
                      validate54.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" } }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate54.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate54.errors = vErrors;
  return errors === 0;
}
var evaluated_validate54 = { "props": { "object": true, "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var schema24 = { "type": "object", "required": ["object", "id", "external_id", "name", "status", "created_at", "updated_at"], "properties": { "object": { "type": "string", "const": "business" }, "id": { "type": "string", "format": "uuid" }, "external_id": { "type": ["string", "null"], "maxLength": 255 }, "name": { "type": "string" }, "status": { "type": "string", "enum": ["open", "pending", "in_review", "approved", "rejected"] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "addresses": { "type": "array", "items": { "$ref": "#/$defs/BusinessAddress" } }, "names": { "type": "array", "items": { "$ref": "#/$defs/BusinessName" } }, "people": { "type": "array", "items": { "$ref": "#/$defs/BusinessPerson" } }, "registrations": { "type": "array", "items": { "$ref": "#/$defs/BusinessRegistration" } }, "tin": { "oneOf": [{ "$ref": "#/$defs/BusinessTin" }, { "type": "null" }] }, "watchlist": { "oneOf": [{ "$ref": "#/$defs/BusinessWatchlist" }, { "type": "null" }] } }, "additionalProperties": false };
var func1 = Object.prototype.hasOwnProperty;
var func2 = ucs2length;
var schema25 = { "type": "object", "required": ["address_line1", "address_line2", "city", "state", "postal_code", "country", "submitted"], "properties": { "address_line1": { "type": "string" }, "address_line2": { "type": ["string", "null"] }, "city": { "type": "string" }, "state": { "type": "string" }, "postal_code": { "type": "string" }, "country": { "type": "string", "pattern": "^[A-Z]{2}$" }, "submitted": { "type": "boolean" } }, "additionalProperties": false };
var pattern3 = /* @__PURE__ */ new RegExp("^[A-Z]{2}$", "u");
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate62;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.address_line1 === void 0 && (missing0 = "address_line1") || data.address_line2 === void 0 && (missing0 = "address_line2") || data.city === void 0 && (missing0 = "city") || data.state === void 0 && (missing0 = "state") || data.postal_code === void 0 && (missing0 = "postal_code") || data.country === void 0 && (missing0 = "country") || data.submitted === void 0 && (missing0 = "submitted")) {
        validate62.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "address_line1" || key0 === "address_line2" || key0 === "city" || key0 === "state" || key0 === "postal_code" || key0 === "country" || key0 === "submitted")) {
            validate62.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.address_line1 !== void 0) {
            const _errs2 = errors;
            if (typeof data.address_line1 !== "string") {
              validate62.errors = [{ instancePath: instancePath + "/address_line1", schemaPath: "#/properties/address_line1/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.address_line2 !== void 0) {
              let data1 = data.address_line2;
              const _errs4 = errors;
              if (typeof data1 !== "string" && data1 !== null) {
                validate62.errors = [{ instancePath: instancePath + "/address_line2", schemaPath: "#/properties/address_line2/type", keyword: "type", params: { type: schema25.properties.address_line2.type } }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.city !== void 0) {
                const _errs6 = errors;
                if (typeof data.city !== "string") {
                  validate62.errors = [{ instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.state !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.state !== "string") {
                    validate62.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.postal_code !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.postal_code !== "string") {
                      validate62.errors = [{ instancePath: instancePath + "/postal_code", schemaPath: "#/properties/postal_code/type", keyword: "type", params: { type: "string" } }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.country !== void 0) {
                      let data5 = data.country;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (typeof data5 === "string") {
                          if (!pattern3.test(data5)) {
                            validate62.errors = [{ instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" } }];
                            return false;
                          }
                        } else {
                          validate62.errors = [{ instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" } }];
                          return false;
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.submitted !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.submitted !== "boolean") {
                          validate62.errors = [{ instancePath: instancePath + "/submitted", schemaPath: "#/properties/submitted/type", keyword: "type", params: { type: "boolean" } }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
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
      validate62.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate62.errors = vErrors;
  return errors === 0;
}
var evaluated_validate62 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema26 = { "type": "object", "required": ["name", "type", "submitted"], "properties": { "name": { "type": "string" }, "type": { "type": "string", "enum": ["legal", "dba"] }, "submitted": { "type": "boolean" } }, "additionalProperties": false };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate64;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.type === void 0 && (missing0 = "type") || data.submitted === void 0 && (missing0 = "submitted")) {
        validate64.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "type" || key0 === "submitted")) {
            validate64.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.name !== void 0) {
            const _errs2 = errors;
            if (typeof data.name !== "string") {
              validate64.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.type !== void 0) {
              let data1 = data.type;
              const _errs4 = errors;
              if (typeof data1 !== "string") {
                validate64.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              if (!(data1 === "legal" || data1 === "dba")) {
                validate64.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema26.properties.type.enum } }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.submitted !== void 0) {
                const _errs6 = errors;
                if (typeof data.submitted !== "boolean") {
                  validate64.errors = [{ instancePath: instancePath + "/submitted", schemaPath: "#/properties/submitted/type", keyword: "type", params: { type: "boolean" } }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate64.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate64.errors = vErrors;
  return errors === 0;
}
var evaluated_validate64 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate66;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.titles === void 0 && (missing0 = "titles")) {
        validate66.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "titles")) {
            validate66.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.name !== void 0) {
            const _errs2 = errors;
            if (typeof data.name !== "string") {
              validate66.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.titles !== void 0) {
              let data1 = data.titles;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs6 = errors;
                    if (typeof data1[i0] !== "string") {
                      validate66.errors = [{ instancePath: instancePath + "/titles/" + i0, schemaPath: "#/properties/titles/items/type", keyword: "type", params: { type: "string" } }];
                      return false;
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate66.errors = [{ instancePath: instancePath + "/titles", schemaPath: "#/properties/titles/type", keyword: "type", params: { type: "array" } }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate66.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate66.errors = vErrors;
  return errors === 0;
}
var evaluated_validate66 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema28 = { "type": "object", "required": ["state", "status", "entity_type", "registration_date"], "properties": { "state": { "type": "string" }, "status": { "type": "string", "enum": ["active", "inactive", "unknown"] }, "entity_type": { "type": "string" }, "registration_date": { "type": ["string", "null"], "format": "date" } }, "additionalProperties": false };
var formats6 = format_date;
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate68;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.state === void 0 && (missing0 = "state") || data.status === void 0 && (missing0 = "status") || data.entity_type === void 0 && (missing0 = "entity_type") || data.registration_date === void 0 && (missing0 = "registration_date")) {
        validate68.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "state" || key0 === "status" || key0 === "entity_type" || key0 === "registration_date")) {
            validate68.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.state !== void 0) {
            const _errs2 = errors;
            if (typeof data.state !== "string") {
              validate68.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.status !== void 0) {
              let data1 = data.status;
              const _errs4 = errors;
              if (typeof data1 !== "string") {
                validate68.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              if (!(data1 === "active" || data1 === "inactive" || data1 === "unknown")) {
                validate68.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema28.properties.status.enum } }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.entity_type !== void 0) {
                const _errs6 = errors;
                if (typeof data.entity_type !== "string") {
                  validate68.errors = [{ instancePath: instancePath + "/entity_type", schemaPath: "#/properties/entity_type/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.registration_date !== void 0) {
                  let data3 = data.registration_date;
                  const _errs8 = errors;
                  if (typeof data3 !== "string" && data3 !== null) {
                    validate68.errors = [{ instancePath: instancePath + "/registration_date", schemaPath: "#/properties/registration_date/type", keyword: "type", params: { type: schema28.properties.registration_date.type } }];
                    return false;
                  }
                  if (errors === _errs8) {
                    if (errors === _errs8) {
                      if (typeof data3 === "string") {
                        if (!formats6.validate(data3)) {
                          validate68.errors = [{ instancePath: instancePath + "/registration_date", schemaPath: "#/properties/registration_date/format", keyword: "format", params: { format: "date" } }];
                          return false;
                        }
                      }
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate68.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate68.errors = vErrors;
  return errors === 0;
}
var evaluated_validate68 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern4 = /* @__PURE__ */ new RegExp("^\\*{5}\\d{4}$", "u");
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate70;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.tin === void 0 && (missing0 = "tin") || data.verified === void 0 && (missing0 = "verified")) {
        validate70.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "tin" || key0 === "verified")) {
            validate70.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.tin !== void 0) {
            let data0 = data.tin;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (!pattern4.test(data0)) {
                  validate70.errors = [{ instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/pattern", keyword: "pattern", params: { pattern: "^\\*{5}\\d{4}$" } }];
                  return false;
                }
              } else {
                validate70.errors = [{ instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.verified !== void 0) {
              const _errs4 = errors;
              if (typeof data.verified !== "boolean") {
                validate70.errors = [{ instancePath: instancePath + "/verified", schemaPath: "#/properties/verified/type", keyword: "type", params: { type: "boolean" } }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate70.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
var evaluated_validate70 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate72;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.hit_count === void 0 && (missing0 = "hit_count")) {
        validate72.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "hit_count")) {
            validate72.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.hit_count !== void 0) {
            let data0 = data.hit_count;
            const _errs2 = errors;
            if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
              validate72.errors = [{ instancePath: instancePath + "/hit_count", schemaPath: "#/properties/hit_count/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs2) {
              if (typeof data0 == "number" && isFinite(data0)) {
                if (data0 < 0 || isNaN(data0)) {
                  validate72.errors = [{ instancePath: instancePath + "/hit_count", schemaPath: "#/properties/hit_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                  return false;
                }
              }
            }
          }
        }
      }
    } else {
      validate72.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate72.errors = vErrors;
  return errors === 0;
}
var evaluated_validate72 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate59;
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
        validate59.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema24.properties, key0)) {
            validate59.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate59.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if ("business" !== data0) {
              validate59.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "business" } }];
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
                      validate59.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" } }];
                      return false;
                    }
                  } else {
                    validate59.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } }];
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
                  validate59.errors = [{ instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/type", keyword: "type", params: { type: schema24.properties.external_id.type } }];
                  return false;
                }
                if (errors === _errs6) {
                  if (typeof data2 === "string") {
                    if (func2(data2) > 255) {
                      validate59.errors = [{ instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/maxLength", keyword: "maxLength", params: { limit: 255 } }];
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
                    validate59.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
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
                      validate59.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } }];
                      return false;
                    }
                    if (!(data4 === "open" || data4 === "pending" || data4 === "in_review" || data4 === "approved" || data4 === "rejected")) {
                      validate59.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema24.properties.status.enum } }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.created_at !== void 0) {
                      const _errs12 = errors;
                      if (!validate55(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.updated_at !== void 0) {
                        const _errs13 = errors;
                        if (!validate55(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.addresses !== void 0) {
                          let data7 = data.addresses;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (Array.isArray(data7)) {
                              var valid1 = true;
                              const len0 = data7.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs16 = errors;
                                if (!validate62(data7[i0], { instancePath: instancePath + "/addresses/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
                                  errors = vErrors.length;
                                }
                                var valid1 = _errs16 === errors;
                                if (!valid1) {
                                  break;
                                }
                              }
                            } else {
                              validate59.errors = [{ instancePath: instancePath + "/addresses", schemaPath: "#/properties/addresses/type", keyword: "type", params: { type: "array" } }];
                              return false;
                            }
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.names !== void 0) {
                            let data9 = data.names;
                            const _errs17 = errors;
                            if (errors === _errs17) {
                              if (Array.isArray(data9)) {
                                var valid2 = true;
                                const len1 = data9.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  const _errs19 = errors;
                                  if (!validate64(data9[i1], { instancePath: instancePath + "/names/" + i1, parentData: data9, parentDataProperty: i1, rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid2 = _errs19 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              } else {
                                validate59.errors = [{ instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" } }];
                                return false;
                              }
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.people !== void 0) {
                              let data11 = data.people;
                              const _errs20 = errors;
                              if (errors === _errs20) {
                                if (Array.isArray(data11)) {
                                  var valid3 = true;
                                  const len2 = data11.length;
                                  for (let i2 = 0; i2 < len2; i2++) {
                                    const _errs22 = errors;
                                    if (!validate66(data11[i2], { instancePath: instancePath + "/people/" + i2, parentData: data11, parentDataProperty: i2, rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid3 = _errs22 === errors;
                                    if (!valid3) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate59.errors = [{ instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "array" } }];
                                  return false;
                                }
                              }
                              var valid0 = _errs20 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.registrations !== void 0) {
                                let data13 = data.registrations;
                                const _errs23 = errors;
                                if (errors === _errs23) {
                                  if (Array.isArray(data13)) {
                                    var valid4 = true;
                                    const len3 = data13.length;
                                    for (let i3 = 0; i3 < len3; i3++) {
                                      const _errs25 = errors;
                                      if (!validate68(data13[i3], { instancePath: instancePath + "/registrations/" + i3, parentData: data13, parentDataProperty: i3, rootData, dynamicAnchors })) {
                                        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid4 = _errs25 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate59.errors = [{ instancePath: instancePath + "/registrations", schemaPath: "#/properties/registrations/type", keyword: "type", params: { type: "array" } }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.tin !== void 0) {
                                  let data15 = data.tin;
                                  const _errs26 = errors;
                                  const _errs27 = errors;
                                  let valid5 = false;
                                  let passing0 = null;
                                  const _errs28 = errors;
                                  if (!validate70(data15, { instancePath: instancePath + "/tin", parentData: data, parentDataProperty: "tin", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
                                    errors = vErrors.length;
                                  }
                                  var _valid0 = _errs28 === errors;
                                  if (_valid0) {
                                    valid5 = true;
                                    passing0 = 0;
                                  }
                                  const _errs29 = errors;
                                  if (data15 !== null) {
                                    const err0 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                    if (vErrors === null) {
                                      vErrors = [err0];
                                    } else {
                                      vErrors.push(err0);
                                    }
                                    errors++;
                                  }
                                  var _valid0 = _errs29 === errors;
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
                                    const err1 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                    validate59.errors = vErrors;
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
                                  if (data.watchlist !== void 0) {
                                    let data16 = data.watchlist;
                                    const _errs31 = errors;
                                    const _errs32 = errors;
                                    let valid6 = false;
                                    let passing1 = null;
                                    const _errs33 = errors;
                                    if (!validate72(data16, { instancePath: instancePath + "/watchlist", parentData: data, parentDataProperty: "watchlist", rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
                                      errors = vErrors.length;
                                    }
                                    var _valid1 = _errs33 === errors;
                                    if (_valid1) {
                                      valid6 = true;
                                      passing1 = 0;
                                    }
                                    const _errs34 = errors;
                                    if (data16 !== null) {
                                      const err2 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                      if (vErrors === null) {
                                        vErrors = [err2];
                                      } else {
                                        vErrors.push(err2);
                                      }
                                      errors++;
                                    }
                                    var _valid1 = _errs34 === errors;
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
                                      const err3 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
                                      if (vErrors === null) {
                                        vErrors = [err3];
                                      } else {
                                        vErrors.push(err3);
                                      }
                                      errors++;
                                      validate59.errors = vErrors;
                                      return false;
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
                                    var valid0 = _errs31 === errors;
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
      validate59.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate59.errors = vErrors;
  return errors === 0;
}
var evaluated_validate59 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate58;
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
        validate58.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object")) {
            validate58.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            if (!validate59(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate58.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
var evaluated_validate58 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate53;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate53.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate53.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business.approved" !== data0) {
            validate53.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.approved" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate58(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate53.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 } }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate53.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
var evaluated_validate53 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate76;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate76.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate76.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business.created" !== data0) {
            validate76.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.created" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate58(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate76.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 } }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate76.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate76.errors = vErrors;
  return errors === 0;
}
var evaluated_validate76 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate79;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate79.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate79.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business.rejected" !== data0) {
            validate79.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.rejected" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate58(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate79.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 } }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate79.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate79.errors = vErrors;
  return errors === 0;
}
var evaluated_validate79 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate82;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate82.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate82.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business.updated" !== data0) {
            validate82.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.updated" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate58(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate82.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 } }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate82.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate82.errors = vErrors;
  return errors === 0;
}
var evaluated_validate82 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema35 = { "type": "object", "required": ["object", "id", "webhook_id", "event_id", "event_type", "status", "attempts", "last_attempt_at", "last_response_status", "last_error", "next_attempt_at", "created_at"], "properties": { "object": { "type": "string", "const": "delivery" }, "id": { "$ref": "#/$defs/DeliveryId" }, "webhook_id": { "$ref": "#/$defs/WebhookId" }, "event_id": { "type": "string", "format": "uuid" }, "event_type": { "$ref": "#/$defs/EventType" }, "status": { "$ref": "#/$defs/DeliveryStatus" }, "attempts": { "type": "integer", "minimum": 0 }, "last_attempt_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "last_response_status": { "oneOf": [{ "type": "integer", "minimum": 100, "maximum": 599 }, { "type": "null" }] }, "last_error": { "oneOf": [{ "type": "string", "maxLength": 1e3 }, { "type": "null" }] }, "next_attempt_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp" } }, "additionalProperties": false };
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate87;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats0.test(data)) {
          validate87.errors = [{ instancePath, schemaPath: "#/format", keyword: "format", params: { format: "uuid" } }];
          return false;
        }
      } else {
        validate87.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
  }
  validate87.errors = vErrors;
  return errors === 0;
}
var evaluated_validate87 = { "dynamicProps": false, "dynamicItems": false };
function validate89(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate89;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats0.test(data)) {
          validate89.errors = [{ instancePath, schemaPath: "#/format", keyword: "format", params: { format: "uuid" } }];
          return false;
        }
      } else {
        validate89.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
  }
  validate89.errors = vErrors;
  return errors === 0;
}
var evaluated_validate89 = { "dynamicProps": false, "dynamicItems": false };
var schema38 = { "type": "string", "enum": ["business.created", "business.updated", "business.approved", "business.rejected", "order.created", "order.completed"] };
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate91;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    validate91.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
    return false;
  }
  if (!(data === "business.created" || data === "business.updated" || data === "business.approved" || data === "business.rejected" || data === "order.created" || data === "order.completed")) {
    validate91.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema38.enum } }];
    return false;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
var evaluated_validate91 = { "dynamicProps": false, "dynamicItems": false };
var schema39 = { "type": "string", "enum": ["pending", "succeeded", "failed"] };
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate93;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    validate93.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
    return false;
  }
  if (!(data === "pending" || data === "succeeded" || data === "failed")) {
    validate93.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema39.enum } }];
    return false;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
var evaluated_validate93 = { "dynamicProps": false, "dynamicItems": false };
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate86;
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
        validate86.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema35.properties, key0)) {
            validate86.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate86.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if ("delivery" !== data0) {
              validate86.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "delivery" } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== void 0) {
              const _errs4 = errors;
              if (!validate87(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.webhook_id !== void 0) {
                const _errs5 = errors;
                if (!validate89(data.webhook_id, { instancePath: instancePath + "/webhook_id", parentData: data, parentDataProperty: "webhook_id", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.event_id !== void 0) {
                  let data3 = data.event_id;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (errors === _errs6) {
                      if (typeof data3 === "string") {
                        if (!formats0.test(data3)) {
                          validate86.errors = [{ instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/format", keyword: "format", params: { format: "uuid" } }];
                          return false;
                        }
                      } else {
                        validate86.errors = [{ instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/type", keyword: "type", params: { type: "string" } }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.event_type !== void 0) {
                    const _errs8 = errors;
                    if (!validate91(data.event_type, { instancePath: instancePath + "/event_type", parentData: data, parentDataProperty: "event_type", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.status !== void 0) {
                      const _errs9 = errors;
                      if (!validate93(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.attempts !== void 0) {
                        let data6 = data.attempts;
                        const _errs10 = errors;
                        if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                          validate86.errors = [{ instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "integer" } }];
                          return false;
                        }
                        if (errors === _errs10) {
                          if (typeof data6 == "number" && isFinite(data6)) {
                            if (data6 < 0 || isNaN(data6)) {
                              validate86.errors = [{ instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs10 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.last_attempt_at !== void 0) {
                          let data7 = data.last_attempt_at;
                          const _errs12 = errors;
                          const _errs13 = errors;
                          let valid1 = false;
                          let passing0 = null;
                          const _errs14 = errors;
                          if (!validate55(data7, { instancePath: instancePath + "/last_attempt_at", parentData: data, parentDataProperty: "last_attempt_at", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs14 === errors;
                          if (_valid0) {
                            valid1 = true;
                            passing0 = 0;
                          }
                          const _errs15 = errors;
                          if (data7 !== null) {
                            const err0 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/properties/last_attempt_at/oneOf/1/type", keyword: "type", params: { type: "null" } };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          var _valid0 = _errs15 === errors;
                          if (_valid0 && valid1) {
                            valid1 = false;
                            passing0 = [passing0, 1];
                          } else {
                            if (_valid0) {
                              valid1 = true;
                              passing0 = 1;
                            }
                          }
                          if (!valid1) {
                            const err1 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/properties/last_attempt_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate86.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs13;
                            if (vErrors !== null) {
                              if (_errs13) {
                                vErrors.length = _errs13;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs12 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.last_response_status !== void 0) {
                            let data8 = data.last_response_status;
                            const _errs17 = errors;
                            const _errs18 = errors;
                            let valid2 = false;
                            let passing1 = null;
                            const _errs19 = errors;
                            if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                              const err2 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/type", keyword: "type", params: { type: "integer" } };
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            }
                            if (errors === _errs19) {
                              if (typeof data8 == "number" && isFinite(data8)) {
                                if (data8 > 599 || isNaN(data8)) {
                                  const err3 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 } };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                } else {
                                  if (data8 < 100 || isNaN(data8)) {
                                    const err4 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 } };
                                    if (vErrors === null) {
                                      vErrors = [err4];
                                    } else {
                                      vErrors.push(err4);
                                    }
                                    errors++;
                                  }
                                }
                              }
                            }
                            var _valid1 = _errs19 === errors;
                            if (_valid1) {
                              valid2 = true;
                              passing1 = 0;
                            }
                            const _errs21 = errors;
                            if (data8 !== null) {
                              const err5 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/1/type", keyword: "type", params: { type: "null" } };
                              if (vErrors === null) {
                                vErrors = [err5];
                              } else {
                                vErrors.push(err5);
                              }
                              errors++;
                            }
                            var _valid1 = _errs21 === errors;
                            if (_valid1 && valid2) {
                              valid2 = false;
                              passing1 = [passing1, 1];
                            } else {
                              if (_valid1) {
                                valid2 = true;
                                passing1 = 1;
                              }
                            }
                            if (!valid2) {
                              const err6 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
                              if (vErrors === null) {
                                vErrors = [err6];
                              } else {
                                vErrors.push(err6);
                              }
                              errors++;
                              validate86.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs18;
                              if (vErrors !== null) {
                                if (_errs18) {
                                  vErrors.length = _errs18;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.last_error !== void 0) {
                              let data9 = data.last_error;
                              const _errs23 = errors;
                              const _errs24 = errors;
                              let valid3 = false;
                              let passing2 = null;
                              const _errs25 = errors;
                              if (errors === _errs25) {
                                if (typeof data9 === "string") {
                                  if (func2(data9) > 1e3) {
                                    const err7 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1e3 } };
                                    if (vErrors === null) {
                                      vErrors = [err7];
                                    } else {
                                      vErrors.push(err7);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err8 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/0/type", keyword: "type", params: { type: "string" } };
                                  if (vErrors === null) {
                                    vErrors = [err8];
                                  } else {
                                    vErrors.push(err8);
                                  }
                                  errors++;
                                }
                              }
                              var _valid2 = _errs25 === errors;
                              if (_valid2) {
                                valid3 = true;
                                passing2 = 0;
                              }
                              const _errs27 = errors;
                              if (data9 !== null) {
                                const err9 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                              }
                              var _valid2 = _errs27 === errors;
                              if (_valid2 && valid3) {
                                valid3 = false;
                                passing2 = [passing2, 1];
                              } else {
                                if (_valid2) {
                                  valid3 = true;
                                  passing2 = 1;
                                }
                              }
                              if (!valid3) {
                                const err10 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 } };
                                if (vErrors === null) {
                                  vErrors = [err10];
                                } else {
                                  vErrors.push(err10);
                                }
                                errors++;
                                validate86.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs24;
                                if (vErrors !== null) {
                                  if (_errs24) {
                                    vErrors.length = _errs24;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs23 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.next_attempt_at !== void 0) {
                                let data10 = data.next_attempt_at;
                                const _errs29 = errors;
                                const _errs30 = errors;
                                let valid4 = false;
                                let passing3 = null;
                                const _errs31 = errors;
                                if (!validate55(data10, { instancePath: instancePath + "/next_attempt_at", parentData: data, parentDataProperty: "next_attempt_at", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                                  errors = vErrors.length;
                                }
                                var _valid3 = _errs31 === errors;
                                if (_valid3) {
                                  valid4 = true;
                                  passing3 = 0;
                                }
                                const _errs32 = errors;
                                if (data10 !== null) {
                                  const err11 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/properties/next_attempt_at/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                  if (vErrors === null) {
                                    vErrors = [err11];
                                  } else {
                                    vErrors.push(err11);
                                  }
                                  errors++;
                                }
                                var _valid3 = _errs32 === errors;
                                if (_valid3 && valid4) {
                                  valid4 = false;
                                  passing3 = [passing3, 1];
                                } else {
                                  if (_valid3) {
                                    valid4 = true;
                                    passing3 = 1;
                                  }
                                }
                                if (!valid4) {
                                  const err12 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/properties/next_attempt_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 } };
                                  if (vErrors === null) {
                                    vErrors = [err12];
                                  } else {
                                    vErrors.push(err12);
                                  }
                                  errors++;
                                  validate86.errors = vErrors;
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
                                if (data.created_at !== void 0) {
                                  const _errs34 = errors;
                                  if (!validate55(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs34 === errors;
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
      validate86.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate86.errors = vErrors;
  return errors === 0;
}
var evaluated_validate86 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate85;
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
        validate85.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object" || key0 === "data" || key0 === "has_more")) {
            validate85.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate85.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if ("list" !== data0) {
              validate85.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "list" } }];
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
                    validate85.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 100 } }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (!validate86(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate85.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" } }];
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
                  validate85.errors = [{ instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" } }];
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
      validate85.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate85.errors = vErrors;
  return errors === 0;
}
var evaluated_validate85 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern5 = /* @__PURE__ */ new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$", "u");
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate100;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern5.test(data)) {
        validate100.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$" } }];
        return false;
      }
    } else {
      validate100.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate100.errors = vErrors;
  return errors === 0;
}
var evaluated_validate100 = { "dynamicProps": false, "dynamicItems": false };
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate99;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.account_id === void 0 && (missing0 = "account_id") || data.event_id === void 0 && (missing0 = "event_id") || data.event_type === void 0 && (missing0 = "event_type") || data.deliveries === void 0 && (missing0 = "deliveries") || data.published_at === void 0 && (missing0 = "published_at")) {
        validate99.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.object !== void 0) {
          let data0 = data.object;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate99.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("event_publication" !== data0) {
            validate99.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event_publication" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== void 0) {
            const _errs3 = errors;
            if (!validate100(data.account_id, { instancePath: instancePath + "/account_id", parentData: data, parentDataProperty: "account_id", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.event_id !== void 0) {
              let data2 = data.event_id;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (errors === _errs4) {
                  if (typeof data2 === "string") {
                    if (!formats0.test(data2)) {
                      validate99.errors = [{ instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/format", keyword: "format", params: { format: "uuid" } }];
                      return false;
                    }
                  } else {
                    validate99.errors = [{ instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.event_type !== void 0) {
                const _errs6 = errors;
                if (!validate91(data.event_type, { instancePath: instancePath + "/event_type", parentData: data, parentDataProperty: "event_type", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.deliveries !== void 0) {
                  let data4 = data.deliveries;
                  const _errs7 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    validate99.errors = [{ instancePath: instancePath + "/deliveries", schemaPath: "#/properties/deliveries/type", keyword: "type", params: { type: "integer" } }];
                    return false;
                  }
                  if (errors === _errs7) {
                    if (typeof data4 == "number" && isFinite(data4)) {
                      if (data4 < 0 || isNaN(data4)) {
                        validate99.errors = [{ instancePath: instancePath + "/deliveries", schemaPath: "#/properties/deliveries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.published_at !== void 0) {
                    const _errs9 = errors;
                    if (!validate55(data.published_at, { instancePath: instancePath + "/published_at", parentData: data, parentDataProperty: "published_at", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate99.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate99.errors = vErrors;
  return errors === 0;
}
var evaluated_validate99 = { "props": { "object": true, "account_id": true, "event_id": true, "event_type": true, "deliveries": true, "published_at": true }, "dynamicProps": false, "dynamicItems": false };
var schema46 = { "type": "object", "required": ["object", "id", "business_id", "status", "products", "created_at", "completed_at"], "properties": { "object": { "type": "string", "const": "order" }, "id": { "type": "string", "format": "uuid" }, "business_id": { "type": "string", "format": "uuid" }, "status": { "type": "string", "enum": ["created", "in_progress", "completed", "cancelled"] }, "products": { "type": "array", "minItems": 1, "items": { "type": "string", "enum": ["identity", "tin", "watchlist", "litigation", "liens"] } }, "created_at": { "$ref": "#/$defs/Timestamp" }, "completed_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] } }, "additionalProperties": false };
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate114;
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
        validate114.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object" || key0 === "id" || key0 === "business_id" || key0 === "status" || key0 === "products" || key0 === "created_at" || key0 === "completed_at")) {
            validate114.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate114.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if ("order" !== data0) {
              validate114.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "order" } }];
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
                      validate114.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" } }];
                      return false;
                    }
                  } else {
                    validate114.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } }];
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
                        validate114.errors = [{ instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/format", keyword: "format", params: { format: "uuid" } }];
                        return false;
                      }
                    } else {
                      validate114.errors = [{ instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/type", keyword: "type", params: { type: "string" } }];
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
                    validate114.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  if (!(data3 === "created" || data3 === "in_progress" || data3 === "completed" || data3 === "cancelled")) {
                    validate114.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema46.properties.status.enum } }];
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
                          validate114.errors = [{ instancePath: instancePath + "/products", schemaPath: "#/properties/products/minItems", keyword: "minItems", params: { limit: 1 } }];
                          return false;
                        } else {
                          var valid1 = true;
                          const len0 = data4.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data5 = data4[i0];
                            const _errs12 = errors;
                            if (typeof data5 !== "string") {
                              validate114.errors = [{ instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            if (!(data5 === "identity" || data5 === "tin" || data5 === "watchlist" || data5 === "litigation" || data5 === "liens")) {
                              validate114.errors = [{ instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/enum", keyword: "enum", params: { allowedValues: schema46.properties.products.items.enum } }];
                              return false;
                            }
                            var valid1 = _errs12 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate114.errors = [{ instancePath: instancePath + "/products", schemaPath: "#/properties/products/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.created_at !== void 0) {
                      const _errs14 = errors;
                      if (!validate55(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.completed_at !== void 0) {
                        let data7 = data.completed_at;
                        const _errs15 = errors;
                        const _errs16 = errors;
                        let valid2 = false;
                        let passing0 = null;
                        const _errs17 = errors;
                        if (!validate55(data7, { instancePath: instancePath + "/completed_at", parentData: data, parentDataProperty: "completed_at", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                          errors = vErrors.length;
                        }
                        var _valid0 = _errs17 === errors;
                        if (_valid0) {
                          valid2 = true;
                          passing0 = 0;
                        }
                        const _errs18 = errors;
                        if (data7 !== null) {
                          const err0 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf/1/type", keyword: "type", params: { type: "null" } };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                        var _valid0 = _errs18 === errors;
                        if (_valid0 && valid2) {
                          valid2 = false;
                          passing0 = [passing0, 1];
                        } else {
                          if (_valid0) {
                            valid2 = true;
                            passing0 = 1;
                          }
                        }
                        if (!valid2) {
                          const err1 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                          validate114.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs16;
                          if (vErrors !== null) {
                            if (_errs16) {
                              vErrors.length = _errs16;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs15 === errors;
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
      validate114.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate114.errors = vErrors;
  return errors === 0;
}
var evaluated_validate114 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate113;
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
        validate113.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object")) {
            validate113.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            if (!validate114(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate113.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate113.errors = vErrors;
  return errors === 0;
}
var evaluated_validate113 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate111;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate111.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate111.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("order.created" !== data0) {
            validate111.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.created" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate113(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate111.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 } }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate111.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate111.errors = vErrors;
  return errors === 0;
}
var evaluated_validate111 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate120;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate120.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate120.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("order.completed" !== data0) {
            validate120.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.completed" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate113(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate120.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 } }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate120.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate120.errors = vErrors;
  return errors === 0;
}
var evaluated_validate120 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate106(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate106;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("business.created" !== data.type) {
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
    const _errs5 = errors;
    if (!validate76(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = true;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate106.errors = vErrors;
    return false;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const _errs6 = errors;
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.type === void 0 && (missing1 = "type")) {
        const err3 = {};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("business.updated" !== data.type) {
            const err4 = {};
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs10 = errors;
      if (!validate82(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
      if (valid3) {
        var props1 = true;
      }
    }
    if (!valid3) {
      const err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
      validate106.errors = vErrors;
      return false;
    }
    var valid0 = _errs6 === errors;
    if (valid0) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
      const _errs11 = errors;
      const _errs12 = errors;
      let valid5 = true;
      const _errs13 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.type === void 0 && (missing2 = "type")) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        } else {
          if (data.type !== void 0) {
            if ("business.approved" !== data.type) {
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
      }
      var _valid2 = _errs13 === errors;
      errors = _errs12;
      if (vErrors !== null) {
        if (_errs12) {
          vErrors.length = _errs12;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs15 = errors;
        if (!validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
          errors = vErrors.length;
        }
        var _valid2 = _errs15 === errors;
        valid5 = _valid2;
        if (valid5) {
          var props2 = true;
        }
      }
      if (!valid5) {
        const err8 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
        validate106.errors = vErrors;
        return false;
      }
      var valid0 = _errs11 === errors;
      if (valid0) {
        if (props0 !== true && props2 !== void 0) {
          if (props2 === true) {
            props0 = true;
          } else {
            props0 = props0 || {};
            Object.assign(props0, props2);
          }
        }
        const _errs16 = errors;
        const _errs17 = errors;
        let valid7 = true;
        const _errs18 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing3;
          if (data.type === void 0 && (missing3 = "type")) {
            const err9 = {};
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          } else {
            if (data.type !== void 0) {
              if ("business.rejected" !== data.type) {
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
        }
        var _valid3 = _errs18 === errors;
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
        if (_valid3) {
          const _errs20 = errors;
          if (!validate79(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
            errors = vErrors.length;
          }
          var _valid3 = _errs20 === errors;
          valid7 = _valid3;
          if (valid7) {
            var props3 = true;
          }
        }
        if (!valid7) {
          const err11 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" } };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
          validate106.errors = vErrors;
          return false;
        }
        var valid0 = _errs16 === errors;
        if (valid0) {
          if (props0 !== true && props3 !== void 0) {
            if (props3 === true) {
              props0 = true;
            } else {
              props0 = props0 || {};
              Object.assign(props0, props3);
            }
          }
          const _errs21 = errors;
          const _errs22 = errors;
          let valid9 = true;
          const _errs23 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing4;
            if (data.type === void 0 && (missing4 = "type")) {
              const err12 = {};
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            } else {
              if (data.type !== void 0) {
                if ("order.created" !== data.type) {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            }
          }
          var _valid4 = _errs23 === errors;
          errors = _errs22;
          if (vErrors !== null) {
            if (_errs22) {
              vErrors.length = _errs22;
            } else {
              vErrors = null;
            }
          }
          if (_valid4) {
            const _errs25 = errors;
            if (!validate111(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
              errors = vErrors.length;
            }
            var _valid4 = _errs25 === errors;
            valid9 = _valid4;
            if (valid9) {
              var props4 = true;
            }
          }
          if (!valid9) {
            const err14 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" } };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
            validate106.errors = vErrors;
            return false;
          }
          var valid0 = _errs21 === errors;
          if (valid0) {
            if (props0 !== true && props4 !== void 0) {
              if (props4 === true) {
                props0 = true;
              } else {
                props0 = props0 || {};
                Object.assign(props0, props4);
              }
            }
            const _errs26 = errors;
            const _errs27 = errors;
            let valid11 = true;
            const _errs28 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing5;
              if (data.type === void 0 && (missing5 = "type")) {
                const err15 = {};
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              } else {
                if (data.type !== void 0) {
                  if ("order.completed" !== data.type) {
                    const err16 = {};
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              }
            }
            var _valid5 = _errs28 === errors;
            errors = _errs27;
            if (vErrors !== null) {
              if (_errs27) {
                vErrors.length = _errs27;
              } else {
                vErrors = null;
              }
            }
            if (_valid5) {
              const _errs30 = errors;
              if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
                errors = vErrors.length;
              }
              var _valid5 = _errs30 === errors;
              valid11 = _valid5;
              if (valid11) {
                var props5 = true;
              }
            }
            if (!valid11) {
              const err17 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" } };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
              validate106.errors = vErrors;
              return false;
            }
            var valid0 = _errs26 === errors;
            if (valid0) {
              if (props0 !== true && props5 !== void 0) {
                if (props5 === true) {
                  props0 = true;
                } else {
                  props0 = props0 || {};
                  Object.assign(props0, props5);
                }
              }
            }
          }
        }
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing6;
      if (data.type === void 0 && (missing6 = "type")) {
        validate106.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing6 } }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
        }
        if (data.type !== void 0) {
          if (!validate91(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate106.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate106.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
var evaluated_validate106 = { "dynamicProps": true, "dynamicItems": false };
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate104;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.account_id === void 0 && (missing0 = "account_id") || data.event === void 0 && (missing0 = "event")) {
        validate104.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "account_id" || key0 === "event")) {
            validate104.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.account_id !== void 0) {
            const _errs2 = errors;
            if (!validate100(data.account_id, { instancePath: instancePath + "/account_id", parentData: data, parentDataProperty: "account_id", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.event !== void 0) {
              const _errs3 = errors;
              if (!validate106(data.event, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate104.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate104.errors = vErrors;
  return errors === 0;
}
var evaluated_validate104 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema49 = { "type": "object", "required": ["kty", "kid", "use", "alg"], "properties": { "kty": { "type": "string", "enum": ["RSA", "EC", "OKP"] }, "kid": { "type": "string", "minLength": 1, "maxLength": 200 }, "use": { "type": "string", "const": "sig" }, "alg": { "type": "string", "enum": ["RS256", "PS256", "ES256", "EdDSA"] }, "n": { "type": "string" }, "e": { "type": "string" }, "crv": { "type": "string", "enum": ["P-256", "Ed25519"] }, "x": { "type": "string" }, "y": { "type": "string" } }, "additionalProperties": false };
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate127;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.kty === void 0 && (missing0 = "kty") || data.kid === void 0 && (missing0 = "kid") || data.use === void 0 && (missing0 = "use") || data.alg === void 0 && (missing0 = "alg")) {
        validate127.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema49.properties, key0)) {
            validate127.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.kty !== void 0) {
            let data0 = data.kty;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate127.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/properties/kty/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if (!(data0 === "RSA" || data0 === "EC" || data0 === "OKP")) {
              validate127.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/properties/kty/enum", keyword: "enum", params: { allowedValues: schema49.properties.kty.enum } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.kid !== void 0) {
              let data1 = data.kid;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func2(data1) > 200) {
                    validate127.errors = [{ instancePath: instancePath + "/kid", schemaPath: "#/properties/kid/maxLength", keyword: "maxLength", params: { limit: 200 } }];
                    return false;
                  } else {
                    if (func2(data1) < 1) {
                      validate127.errors = [{ instancePath: instancePath + "/kid", schemaPath: "#/properties/kid/minLength", keyword: "minLength", params: { limit: 1 } }];
                      return false;
                    }
                  }
                } else {
                  validate127.errors = [{ instancePath: instancePath + "/kid", schemaPath: "#/properties/kid/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.use !== void 0) {
                let data2 = data.use;
                const _errs6 = errors;
                if (typeof data2 !== "string") {
                  validate127.errors = [{ instancePath: instancePath + "/use", schemaPath: "#/properties/use/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
                if ("sig" !== data2) {
                  validate127.errors = [{ instancePath: instancePath + "/use", schemaPath: "#/properties/use/const", keyword: "const", params: { allowedValue: "sig" } }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.alg !== void 0) {
                  let data3 = data.alg;
                  const _errs8 = errors;
                  if (typeof data3 !== "string") {
                    validate127.errors = [{ instancePath: instancePath + "/alg", schemaPath: "#/properties/alg/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  if (!(data3 === "RS256" || data3 === "PS256" || data3 === "ES256" || data3 === "EdDSA")) {
                    validate127.errors = [{ instancePath: instancePath + "/alg", schemaPath: "#/properties/alg/enum", keyword: "enum", params: { allowedValues: schema49.properties.alg.enum } }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.n !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.n !== "string") {
                      validate127.errors = [{ instancePath: instancePath + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "string" } }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.e !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.e !== "string") {
                        validate127.errors = [{ instancePath: instancePath + "/e", schemaPath: "#/properties/e/type", keyword: "type", params: { type: "string" } }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.crv !== void 0) {
                        let data6 = data.crv;
                        const _errs14 = errors;
                        if (typeof data6 !== "string") {
                          validate127.errors = [{ instancePath: instancePath + "/crv", schemaPath: "#/properties/crv/type", keyword: "type", params: { type: "string" } }];
                          return false;
                        }
                        if (!(data6 === "P-256" || data6 === "Ed25519")) {
                          validate127.errors = [{ instancePath: instancePath + "/crv", schemaPath: "#/properties/crv/enum", keyword: "enum", params: { allowedValues: schema49.properties.crv.enum } }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.x !== void 0) {
                          const _errs16 = errors;
                          if (typeof data.x !== "string") {
                            validate127.errors = [{ instancePath: instancePath + "/x", schemaPath: "#/properties/x/type", keyword: "type", params: { type: "string" } }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.y !== void 0) {
                            const _errs18 = errors;
                            if (typeof data.y !== "string") {
                              validate127.errors = [{ instancePath: instancePath + "/y", schemaPath: "#/properties/y/type", keyword: "type", params: { type: "string" } }];
                              return false;
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
        }
      }
    } else {
      validate127.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate127.errors = vErrors;
  return errors === 0;
}
var evaluated_validate127 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate126(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate126;
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
        validate126.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "keys")) {
            validate126.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
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
                  validate126.errors = [{ instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/maxItems", keyword: "maxItems", params: { limit: 10 } }];
                  return false;
                } else {
                  if (data0.length < 1) {
                    validate126.errors = [{ instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/minItems", keyword: "minItems", params: { limit: 1 } }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs4 = errors;
                      if (!validate127(data0[i0], { instancePath: instancePath + "/keys/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs4 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                }
              } else {
                validate126.errors = [{ instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "array" } }];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate126.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate126.errors = vErrors;
  return errors === 0;
}
var evaluated_validate126 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate129;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate129.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate129.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("order.completed" !== data0) {
            validate129.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.completed" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate113(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate129.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 } }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate129.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate129.errors = vErrors;
  return errors === 0;
}
var evaluated_validate129 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate132;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate132.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate132.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("order.created" !== data0) {
            validate132.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.created" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate113(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            for (const key0 in data) {
              if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
                validate132.errors = [{ instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 } }];
                return false;
                break;
              }
            }
          }
        }
      }
    } else {
      validate132.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate132.errors = vErrors;
  return errors === 0;
}
var evaluated_validate132 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var formats20 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate136;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.pointer === void 0 && (missing0 = "pointer") || data.message === void 0 && (missing0 = "message")) {
        validate136.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "pointer" || key0 === "message")) {
            validate136.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.pointer !== void 0) {
            const _errs2 = errors;
            if (typeof data.pointer !== "string") {
              validate136.errors = [{ instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.message !== void 0) {
              const _errs4 = errors;
              if (typeof data.message !== "string") {
                validate136.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate136.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate136.errors = vErrors;
  return errors === 0;
}
var evaluated_validate136 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate135(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate135;
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
        validate135.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "type" || key0 === "title" || key0 === "status" || key0 === "detail" || key0 === "instance" || key0 === "errors")) {
            validate135.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.type !== void 0) {
            let data0 = data.type;
            const _errs2 = errors;
            const _errs4 = errors;
            let valid1 = true;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (typeof data0 === "string") {
                if (func2(data0) > 2048) {
                  const err0 = {};
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
              } else {
                const err1 = {};
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
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
              const _errs7 = errors;
              if (errors === _errs7) {
                if (errors === _errs7) {
                  if (typeof data0 === "string") {
                    if (!formats20.test(data0)) {
                      validate135.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/then/format", keyword: "format", params: { format: "uri-reference" } }];
                      return false;
                    }
                  } else {
                    validate135.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/then/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                }
              }
              var _valid0 = _errs7 === errors;
              valid1 = _valid0;
            }
            if (!valid1) {
              const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/if", keyword: "if", params: { failingKeyword: "then" } };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
              validate135.errors = vErrors;
              return false;
            }
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func2(data0) > 2048) {
                  validate135.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/maxLength", keyword: "maxLength", params: { limit: 2048 } }];
                  return false;
                }
              } else {
                validate135.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.title !== void 0) {
              const _errs9 = errors;
              if (typeof data.title !== "string") {
                validate135.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== void 0) {
                let data2 = data.status;
                const _errs11 = errors;
                if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                  validate135.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" } }];
                  return false;
                }
                if (errors === _errs11) {
                  if (typeof data2 == "number" && isFinite(data2)) {
                    if (data2 > 599 || isNaN(data2)) {
                      validate135.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 } }];
                      return false;
                    } else {
                      if (data2 < 400 || isNaN(data2)) {
                        validate135.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 400 } }];
                        return false;
                      }
                    }
                  }
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.detail !== void 0) {
                  const _errs13 = errors;
                  if (typeof data.detail !== "string") {
                    validate135.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.instance !== void 0) {
                    let data4 = data.instance;
                    const _errs15 = errors;
                    const _errs17 = errors;
                    let valid2 = true;
                    const _errs18 = errors;
                    if (errors === _errs18) {
                      if (typeof data4 === "string") {
                        if (func2(data4) > 65536) {
                          const err3 = {};
                          if (vErrors === null) {
                            vErrors = [err3];
                          } else {
                            vErrors.push(err3);
                          }
                          errors++;
                        }
                      } else {
                        const err4 = {};
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                    }
                    var _valid1 = _errs18 === errors;
                    errors = _errs17;
                    if (vErrors !== null) {
                      if (_errs17) {
                        vErrors.length = _errs17;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (_valid1) {
                      const _errs20 = errors;
                      if (errors === _errs20) {
                        if (errors === _errs20) {
                          if (typeof data4 === "string") {
                            if (!formats20.test(data4)) {
                              validate135.errors = [{ instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/then/format", keyword: "format", params: { format: "uri-reference" } }];
                              return false;
                            }
                          } else {
                            validate135.errors = [{ instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/then/type", keyword: "type", params: { type: "string" } }];
                            return false;
                          }
                        }
                      }
                      var _valid1 = _errs20 === errors;
                      valid2 = _valid1;
                    }
                    if (!valid2) {
                      const err5 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/if", keyword: "if", params: { failingKeyword: "then" } };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                      validate135.errors = vErrors;
                      return false;
                    }
                    if (errors === _errs15) {
                      if (typeof data4 === "string") {
                        if (func2(data4) > 65536) {
                          validate135.errors = [{ instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/maxLength", keyword: "maxLength", params: { limit: 65536 } }];
                          return false;
                        }
                      } else {
                        validate135.errors = [{ instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "string" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.errors !== void 0) {
                      let data5 = data.errors;
                      const _errs22 = errors;
                      if (errors === _errs22) {
                        if (Array.isArray(data5)) {
                          var valid3 = true;
                          const len0 = data5.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs24 = errors;
                            if (!validate136(data5[i0], { instancePath: instancePath + "/errors/" + i0, parentData: data5, parentDataProperty: i0, rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
                              errors = vErrors.length;
                            }
                            var valid3 = _errs24 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate135.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" } }];
                          return false;
                        }
                      }
                      var valid0 = _errs22 === errors;
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
      validate135.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate135.errors = vErrors;
  return errors === 0;
}
var evaluated_validate135 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema54 = { "type": "object", "required": ["object", "id", "url", "enabled_events", "include", "oidc_auth_method", "oidc_client_id", "oidc_token_endpoint", "oidc_resource_uri", "oidc_scope", "oidc_access_token_ttl_seconds", "created_at", "updated_at", "disabled_at", "disabled_reason"], "properties": { "object": { "type": "string", "const": "webhook" }, "id": { "$ref": "#/$defs/WebhookId" }, "url": { "$ref": "#/$defs/HttpsUrl" }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "include": { "$ref": "#/$defs/Include" }, "oidc_auth_method": { "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "oneOf": [{ "$ref": "#/$defs/OidcClientId" }, { "type": "null" }] }, "oidc_token_endpoint": { "oneOf": [{ "$ref": "#/$defs/OidcTokenEndpoint" }, { "type": "null" }] }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "oneOf": [{ "$ref": "#/$defs/OidcAccessTokenTtlSeconds" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "disabled_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "disabled_reason": { "oneOf": [{ "type": "string", "maxLength": 1e3 }, { "type": "null" }] } }, "additionalProperties": false };
var formats24 = format_uri;
var pattern6 = /* @__PURE__ */ new RegExp("^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$", "u");
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate140;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func2(data) > 2048) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (errors === _errs4) {
      if (errors === _errs4) {
        if (typeof data === "string") {
          if (!pattern6.test(data)) {
            validate140.errors = [{ instancePath, schemaPath: "#/then/pattern", keyword: "pattern", params: { pattern: "^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$" } }];
            return false;
          } else {
            if (!formats24(data)) {
              validate140.errors = [{ instancePath, schemaPath: "#/then/format", keyword: "format", params: { format: "uri" } }];
              return false;
            }
          }
        } else {
          validate140.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" } }];
          return false;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate140.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func2(data) > 2048) {
        validate140.errors = [{ instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 } }];
        return false;
      } else {
        if (func2(data) < 9) {
          validate140.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 9 } }];
          return false;
        }
      }
    } else {
      validate140.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate140.errors = vErrors;
  return errors === 0;
}
var evaluated_validate140 = { "dynamicProps": false, "dynamicItems": false };
function validate143(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate143;
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
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ("*" !== data) {
    const err1 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "*" } };
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
  if (!validate91(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {} };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate143.errors = vErrors;
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
  validate143.errors = vErrors;
  return errors === 0;
}
var evaluated_validate143 = { "dynamicProps": false, "dynamicItems": false };
var func0 = equal;
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate142;
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
          validate142.errors = [{ instancePath, schemaPath: "#/then/maxItems", keyword: "maxItems", params: { limit: 1 } }];
          return false;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate142.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 100) {
        validate142.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 } }];
        return false;
      } else {
        if (data.length < 1) {
          validate142.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } }];
          return false;
        } else {
          var valid2 = true;
          const len1 = data.length;
          for (let i1 = 0; i1 < len1; i1++) {
            const _errs9 = errors;
            if (!validate143(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
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
                    validate142.errors = [{ instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 } }];
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
      validate142.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } }];
      return false;
    }
  }
  validate142.errors = vErrors;
  return errors === 0;
}
var evaluated_validate142 = { "items": true, "dynamicProps": false, "dynamicItems": false };
var pattern7 = /* @__PURE__ */ new RegExp("^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", "u");
function validate147(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate147;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func2(data) > 256) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (errors === _errs4) {
      if (typeof data === "string") {
        if (!pattern7.test(data)) {
          validate147.errors = [{ instancePath, schemaPath: "#/then/pattern", keyword: "pattern", params: { pattern: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$" } }];
          return false;
        }
      } else {
        validate147.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate147.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func2(data) > 256) {
        validate147.errors = [{ instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 } }];
        return false;
      }
    } else {
      validate147.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate147.errors = vErrors;
  return errors === 0;
}
var evaluated_validate147 = { "dynamicProps": false, "dynamicItems": false };
var schema59 = { "type": "string", "enum": ["private_key_jwt", "client_secret"], "x-error-messages": { "enum": '{field} must be "client_secret" or "private_key_jwt"', "type": '{field} must be "client_secret" or "private_key_jwt"' } };
function validate149(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate149;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    validate149.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
    return false;
  }
  if (!(data === "private_key_jwt" || data === "client_secret")) {
    validate149.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema59.enum } }];
    return false;
  }
  validate149.errors = vErrors;
  return errors === 0;
}
var evaluated_validate149 = { "dynamicProps": false, "dynamicItems": false };
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate151;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func2(data) > 255) {
        validate151.errors = [{ instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 255 } }];
        return false;
      } else {
        if (func2(data) < 1) {
          validate151.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } }];
          return false;
        }
      }
    } else {
      validate151.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate151.errors = vErrors;
  return errors === 0;
}
var evaluated_validate151 = { "dynamicProps": false, "dynamicItems": false };
function validate153(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate153;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate140(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
    errors = vErrors.length;
  }
  validate153.errors = vErrors;
  return errors === 0;
}
var evaluated_validate153 = { "dynamicProps": false, "dynamicItems": false };
function validate156(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate156;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func2(data) > 2048) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (errors === _errs4) {
      if (errors === _errs4) {
        if (typeof data === "string") {
          if (!formats24(data)) {
            validate156.errors = [{ instancePath, schemaPath: "#/then/format", keyword: "format", params: { format: "uri" } }];
            return false;
          }
        } else {
          validate156.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" } }];
          return false;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate156.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func2(data) > 2048) {
        validate156.errors = [{ instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 } }];
        return false;
      }
    } else {
      validate156.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate156.errors = vErrors;
  return errors === 0;
}
var evaluated_validate156 = { "dynamicProps": false, "dynamicItems": false };
var pattern8 = /* @__PURE__ */ new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "u");
function validate158(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate158;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func2(data) > 1024) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (errors === _errs4) {
      if (typeof data === "string") {
        if (!pattern8.test(data)) {
          validate158.errors = [{ instancePath, schemaPath: "#/then/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" } }];
          return false;
        }
      } else {
        validate158.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate158.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func2(data) > 1024) {
        validate158.errors = [{ instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } }];
        return false;
      } else {
        if (func2(data) < 1) {
          validate158.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } }];
          return false;
        }
      }
    } else {
      validate158.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate158.errors = vErrors;
  return errors === 0;
}
var evaluated_validate158 = { "dynamicProps": false, "dynamicItems": false };
function validate160(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate160;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate160.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } }];
    return false;
  }
  if (errors === 0) {
    if (typeof data == "number" && isFinite(data)) {
      if (data > 86400 || isNaN(data)) {
        validate160.errors = [{ instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 } }];
        return false;
      } else {
        if (data < 60 || isNaN(data)) {
          validate160.errors = [{ instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 } }];
          return false;
        }
      }
    }
  }
  validate160.errors = vErrors;
  return errors === 0;
}
var evaluated_validate160 = { "dynamicProps": false, "dynamicItems": false };
function validate138(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate138;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.id === void 0 && (missing0 = "id") || data.url === void 0 && (missing0 = "url") || data.enabled_events === void 0 && (missing0 = "enabled_events") || data.include === void 0 && (missing0 = "include") || data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method") || data.oidc_client_id === void 0 && (missing0 = "oidc_client_id") || data.oidc_token_endpoint === void 0 && (missing0 = "oidc_token_endpoint") || data.oidc_resource_uri === void 0 && (missing0 = "oidc_resource_uri") || data.oidc_scope === void 0 && (missing0 = "oidc_scope") || data.oidc_access_token_ttl_seconds === void 0 && (missing0 = "oidc_access_token_ttl_seconds") || data.created_at === void 0 && (missing0 = "created_at") || data.updated_at === void 0 && (missing0 = "updated_at") || data.disabled_at === void 0 && (missing0 = "disabled_at") || data.disabled_reason === void 0 && (missing0 = "disabled_reason")) {
        validate138.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema54.properties, key0)) {
            validate138.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate138.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if ("webhook" !== data0) {
              validate138.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "webhook" } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== void 0) {
              const _errs4 = errors;
              if (!validate89(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.url !== void 0) {
                const _errs5 = errors;
                if (!validate140(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.enabled_events !== void 0) {
                  const _errs6 = errors;
                  if (!validate142(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.include !== void 0) {
                    const _errs7 = errors;
                    if (!validate147(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.oidc_auth_method !== void 0) {
                      let data5 = data.oidc_auth_method;
                      const _errs8 = errors;
                      const _errs9 = errors;
                      let valid1 = false;
                      let passing0 = null;
                      const _errs10 = errors;
                      if (!validate149(data5, { instancePath: instancePath + "/oidc_auth_method", parentData: data, parentDataProperty: "oidc_auth_method", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs10 === errors;
                      if (_valid0) {
                        valid1 = true;
                        passing0 = 0;
                      }
                      const _errs11 = errors;
                      if (data5 !== null) {
                        const err0 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" } };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      var _valid0 = _errs11 === errors;
                      if (_valid0 && valid1) {
                        valid1 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid1 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid1) {
                        const err1 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                        validate138.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs9;
                        if (vErrors !== null) {
                          if (_errs9) {
                            vErrors.length = _errs9;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.oidc_client_id !== void 0) {
                        let data6 = data.oidc_client_id;
                        const _errs13 = errors;
                        const _errs14 = errors;
                        let valid2 = false;
                        let passing1 = null;
                        const _errs15 = errors;
                        if (!validate151(data6, { instancePath: instancePath + "/oidc_client_id", parentData: data, parentDataProperty: "oidc_client_id", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
                          errors = vErrors.length;
                        }
                        var _valid1 = _errs15 === errors;
                        if (_valid1) {
                          valid2 = true;
                          passing1 = 0;
                        }
                        const _errs16 = errors;
                        if (data6 !== null) {
                          const err2 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf/1/type", keyword: "type", params: { type: "null" } };
                          if (vErrors === null) {
                            vErrors = [err2];
                          } else {
                            vErrors.push(err2);
                          }
                          errors++;
                        }
                        var _valid1 = _errs16 === errors;
                        if (_valid1 && valid2) {
                          valid2 = false;
                          passing1 = [passing1, 1];
                        } else {
                          if (_valid1) {
                            valid2 = true;
                            passing1 = 1;
                          }
                        }
                        if (!valid2) {
                          const err3 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
                          if (vErrors === null) {
                            vErrors = [err3];
                          } else {
                            vErrors.push(err3);
                          }
                          errors++;
                          validate138.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs14;
                          if (vErrors !== null) {
                            if (_errs14) {
                              vErrors.length = _errs14;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.oidc_token_endpoint !== void 0) {
                          let data7 = data.oidc_token_endpoint;
                          const _errs18 = errors;
                          const _errs19 = errors;
                          let valid3 = false;
                          let passing2 = null;
                          const _errs20 = errors;
                          if (!validate153(data7, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
                            errors = vErrors.length;
                          }
                          var _valid2 = _errs20 === errors;
                          if (_valid2) {
                            valid3 = true;
                            passing2 = 0;
                          }
                          const _errs21 = errors;
                          if (data7 !== null) {
                            const err4 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf/1/type", keyword: "type", params: { type: "null" } };
                            if (vErrors === null) {
                              vErrors = [err4];
                            } else {
                              vErrors.push(err4);
                            }
                            errors++;
                          }
                          var _valid2 = _errs21 === errors;
                          if (_valid2 && valid3) {
                            valid3 = false;
                            passing2 = [passing2, 1];
                          } else {
                            if (_valid2) {
                              valid3 = true;
                              passing2 = 1;
                            }
                          }
                          if (!valid3) {
                            const err5 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 } };
                            if (vErrors === null) {
                              vErrors = [err5];
                            } else {
                              vErrors.push(err5);
                            }
                            errors++;
                            validate138.errors = vErrors;
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
                          if (data.oidc_resource_uri !== void 0) {
                            let data8 = data.oidc_resource_uri;
                            const _errs23 = errors;
                            const _errs24 = errors;
                            let valid4 = false;
                            let passing3 = null;
                            const _errs25 = errors;
                            if (!validate156(data8, { instancePath: instancePath + "/oidc_resource_uri", parentData: data, parentDataProperty: "oidc_resource_uri", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
                              errors = vErrors.length;
                            }
                            var _valid3 = _errs25 === errors;
                            if (_valid3) {
                              valid4 = true;
                              passing3 = 0;
                            }
                            const _errs26 = errors;
                            if (data8 !== null) {
                              const err6 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" } };
                              if (vErrors === null) {
                                vErrors = [err6];
                              } else {
                                vErrors.push(err6);
                              }
                              errors++;
                            }
                            var _valid3 = _errs26 === errors;
                            if (_valid3 && valid4) {
                              valid4 = false;
                              passing3 = [passing3, 1];
                            } else {
                              if (_valid3) {
                                valid4 = true;
                                passing3 = 1;
                              }
                            }
                            if (!valid4) {
                              const err7 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 } };
                              if (vErrors === null) {
                                vErrors = [err7];
                              } else {
                                vErrors.push(err7);
                              }
                              errors++;
                              validate138.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs24;
                              if (vErrors !== null) {
                                if (_errs24) {
                                  vErrors.length = _errs24;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs23 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.oidc_scope !== void 0) {
                              let data9 = data.oidc_scope;
                              const _errs28 = errors;
                              const _errs29 = errors;
                              let valid5 = false;
                              let passing4 = null;
                              const _errs30 = errors;
                              if (!validate158(data9, { instancePath: instancePath + "/oidc_scope", parentData: data, parentDataProperty: "oidc_scope", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
                                errors = vErrors.length;
                              }
                              var _valid4 = _errs30 === errors;
                              if (_valid4) {
                                valid5 = true;
                                passing4 = 0;
                              }
                              const _errs31 = errors;
                              if (data9 !== null) {
                                const err8 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                if (vErrors === null) {
                                  vErrors = [err8];
                                } else {
                                  vErrors.push(err8);
                                }
                                errors++;
                              }
                              var _valid4 = _errs31 === errors;
                              if (_valid4 && valid5) {
                                valid5 = false;
                                passing4 = [passing4, 1];
                              } else {
                                if (_valid4) {
                                  valid5 = true;
                                  passing4 = 1;
                                }
                              }
                              if (!valid5) {
                                const err9 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 } };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                                validate138.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs29;
                                if (vErrors !== null) {
                                  if (_errs29) {
                                    vErrors.length = _errs29;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs28 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.oidc_access_token_ttl_seconds !== void 0) {
                                let data10 = data.oidc_access_token_ttl_seconds;
                                const _errs33 = errors;
                                const _errs34 = errors;
                                let valid6 = false;
                                let passing5 = null;
                                const _errs35 = errors;
                                if (!validate160(data10, { instancePath: instancePath + "/oidc_access_token_ttl_seconds", parentData: data, parentDataProperty: "oidc_access_token_ttl_seconds", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
                                  errors = vErrors.length;
                                }
                                var _valid5 = _errs35 === errors;
                                if (_valid5) {
                                  valid6 = true;
                                  passing5 = 0;
                                }
                                const _errs36 = errors;
                                if (data10 !== null) {
                                  const err10 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                  if (vErrors === null) {
                                    vErrors = [err10];
                                  } else {
                                    vErrors.push(err10);
                                  }
                                  errors++;
                                }
                                var _valid5 = _errs36 === errors;
                                if (_valid5 && valid6) {
                                  valid6 = false;
                                  passing5 = [passing5, 1];
                                } else {
                                  if (_valid5) {
                                    valid6 = true;
                                    passing5 = 1;
                                  }
                                }
                                if (!valid6) {
                                  const err11 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 } };
                                  if (vErrors === null) {
                                    vErrors = [err11];
                                  } else {
                                    vErrors.push(err11);
                                  }
                                  errors++;
                                  validate138.errors = vErrors;
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
                                if (data.created_at !== void 0) {
                                  const _errs38 = errors;
                                  if (!validate55(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs38 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.updated_at !== void 0) {
                                    const _errs39 = errors;
                                    if (!validate55(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs39 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.disabled_at !== void 0) {
                                      let data13 = data.disabled_at;
                                      const _errs40 = errors;
                                      const _errs41 = errors;
                                      let valid7 = false;
                                      let passing6 = null;
                                      const _errs42 = errors;
                                      if (!validate55(data13, { instancePath: instancePath + "/disabled_at", parentData: data, parentDataProperty: "disabled_at", rootData, dynamicAnchors })) {
                                        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                                        errors = vErrors.length;
                                      }
                                      var _valid6 = _errs42 === errors;
                                      if (_valid6) {
                                        valid7 = true;
                                        passing6 = 0;
                                      }
                                      const _errs43 = errors;
                                      if (data13 !== null) {
                                        const err12 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                        if (vErrors === null) {
                                          vErrors = [err12];
                                        } else {
                                          vErrors.push(err12);
                                        }
                                        errors++;
                                      }
                                      var _valid6 = _errs43 === errors;
                                      if (_valid6 && valid7) {
                                        valid7 = false;
                                        passing6 = [passing6, 1];
                                      } else {
                                        if (_valid6) {
                                          valid7 = true;
                                          passing6 = 1;
                                        }
                                      }
                                      if (!valid7) {
                                        const err13 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 } };
                                        if (vErrors === null) {
                                          vErrors = [err13];
                                        } else {
                                          vErrors.push(err13);
                                        }
                                        errors++;
                                        validate138.errors = vErrors;
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
                                      var valid0 = _errs40 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.disabled_reason !== void 0) {
                                        let data14 = data.disabled_reason;
                                        const _errs45 = errors;
                                        const _errs46 = errors;
                                        let valid8 = false;
                                        let passing7 = null;
                                        const _errs47 = errors;
                                        if (errors === _errs47) {
                                          if (typeof data14 === "string") {
                                            if (func2(data14) > 1e3) {
                                              const err14 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1e3 } };
                                              if (vErrors === null) {
                                                vErrors = [err14];
                                              } else {
                                                vErrors.push(err14);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err15 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/0/type", keyword: "type", params: { type: "string" } };
                                            if (vErrors === null) {
                                              vErrors = [err15];
                                            } else {
                                              vErrors.push(err15);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid7 = _errs47 === errors;
                                        if (_valid7) {
                                          valid8 = true;
                                          passing7 = 0;
                                        }
                                        const _errs49 = errors;
                                        if (data14 !== null) {
                                          const err16 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                          if (vErrors === null) {
                                            vErrors = [err16];
                                          } else {
                                            vErrors.push(err16);
                                          }
                                          errors++;
                                        }
                                        var _valid7 = _errs49 === errors;
                                        if (_valid7 && valid8) {
                                          valid8 = false;
                                          passing7 = [passing7, 1];
                                        } else {
                                          if (_valid7) {
                                            valid8 = true;
                                            passing7 = 1;
                                          }
                                        }
                                        if (!valid8) {
                                          const err17 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 } };
                                          if (vErrors === null) {
                                            vErrors = [err17];
                                          } else {
                                            vErrors.push(err17);
                                          }
                                          errors++;
                                          validate138.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs46;
                                          if (vErrors !== null) {
                                            if (_errs46) {
                                              vErrors.length = _errs46;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid0 = _errs45 === errors;
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
      }
    } else {
      validate138.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate138.errors = vErrors;
  return errors === 0;
}
var evaluated_validate138 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema65 = { "type": "object", "required": ["url", "enabled_events"], "properties": { "url": { "$ref": "#/$defs/HttpsUrl" }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "secret": { "$ref": "#/$defs/WebhookSecret" }, "include": { "$ref": "#/$defs/Include" }, "oidc_auth_method": { "$ref": "#/$defs/OidcAuthMethod" }, "oidc_client_id": { "$ref": "#/$defs/OidcClientId" }, "oidc_client_secret": { "$ref": "#/$defs/OidcClientSecret" }, "oidc_token_endpoint": { "$ref": "#/$defs/OidcTokenEndpoint" }, "oidc_resource_uri": { "$ref": "#/$defs/OidcResourceUri" }, "oidc_scope": { "$ref": "#/$defs/OidcScope" }, "oidc_access_token_ttl_seconds": { "$ref": "#/$defs/OidcAccessTokenTtlSeconds" } }, "additionalProperties": false, "allOf": [{ "$ref": "#/$defs/OidcRules" }], "x-explain-with": "allOf", "x-error-messages": { "required": "{field} is required", "additionalProperties": "{field} is not a known field", "type": "the request body must be a JSON object" } };
var pattern9 = /* @__PURE__ */ new RegExp("^oidc_", "u");
function validate166(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate166;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  const _errs1 = errors;
  let valid1 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
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
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.oidc_client_id === void 0 && (missing1 = "oidc_client_id") || data.oidc_client_secret === void 0 && (missing1 = "oidc_client_secret") || data.oidc_token_endpoint === void 0 && (missing1 = "oidc_token_endpoint") || data.oidc_access_token_ttl_seconds === void 0 && (missing1 = "oidc_access_token_ttl_seconds")) {
          validate166.errors = [{ instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: missing1 } }];
          return false;
        }
      } else {
        validate166.errors = [{ instancePath, schemaPath: "#/allOf/0/then/type", keyword: "type", params: { type: "object" } }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate166.errors = vErrors;
    return false;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs8 = errors;
    const _errs9 = errors;
    let valid3 = true;
    const _errs10 = errors;
    if (errors === _errs10) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.oidc_auth_method === void 0 && (missing2 = "oidc_auth_method")) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        } else {
          if (data.oidc_auth_method !== void 0) {
            if ("private_key_jwt" !== data.oidc_auth_method) {
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
    var _valid1 = _errs10 === errors;
    errors = _errs9;
    if (vErrors !== null) {
      if (_errs9) {
        vErrors.length = _errs9;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs13 = errors;
      if (errors === _errs13) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing3;
          if (data.oidc_client_id === void 0 && (missing3 = "oidc_client_id") || data.oidc_token_endpoint === void 0 && (missing3 = "oidc_token_endpoint") || data.oidc_access_token_ttl_seconds === void 0 && (missing3 = "oidc_access_token_ttl_seconds")) {
            validate166.errors = [{ instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: missing3 } }];
            return false;
          } else {
            if (data.oidc_client_secret !== void 0) {
              validate166.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/allOf/1/then/properties/oidc_client_secret/not", keyword: "not", params: {} }];
              return false;
            }
          }
        } else {
          validate166.errors = [{ instancePath, schemaPath: "#/allOf/1/then/type", keyword: "type", params: { type: "object" } }];
          return false;
        }
      }
      var _valid1 = _errs13 === errors;
      valid3 = _valid1;
      if (valid3) {
        var props0 = {};
        props0.oidc_client_secret = true;
        props0.oidc_auth_method = true;
      }
    }
    if (!valid3) {
      const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" } };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
      validate166.errors = vErrors;
      return false;
    }
    var valid0 = _errs8 === errors;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.oidc_auth_method = true;
      }
      const _errs19 = errors;
      const _errs20 = errors;
      let valid6 = true;
      const _errs21 = errors;
      if (!(data && typeof data == "object" && !Array.isArray(data))) {
        const err8 = {};
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs23 = errors;
      const _errs24 = errors;
      if (errors === _errs24) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing4;
          if (data.oidc_auth_method === void 0 && (missing4 = "oidc_auth_method")) {
            const err9 = {};
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        } else {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var valid7 = _errs24 === errors;
      if (valid7) {
        const err11 = {};
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs23;
        if (vErrors !== null) {
          if (_errs23) {
            vErrors.length = _errs23;
          } else {
            vErrors = null;
          }
        }
      }
      var _valid2 = _errs21 === errors;
      errors = _errs20;
      if (vErrors !== null) {
        if (_errs20) {
          vErrors.length = _errs20;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs26 = errors;
        if (errors === _errs26) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            for (const key0 in data) {
              const _errs29 = errors;
              const _errs30 = errors;
              const _errs31 = errors;
              if (typeof key0 === "string") {
                if (!pattern9.test(key0)) {
                  const err12 = {};
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              var valid9 = _errs31 === errors;
              if (valid9) {
                const err13 = { instancePath, schemaPath: "#/allOf/2/then/propertyNames/not", keyword: "not", params: {}, propertyName: key0 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
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
              var valid8 = _errs29 === errors;
              if (!valid8) {
                const err14 = { instancePath, schemaPath: "#/allOf/2/then/propertyNames", keyword: "propertyNames", params: { propertyName: key0 } };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                validate166.errors = vErrors;
                return false;
                break;
              }
            }
          } else {
            validate166.errors = [{ instancePath, schemaPath: "#/allOf/2/then/type", keyword: "type", params: { type: "object" } }];
            return false;
          }
        }
        var _valid2 = _errs26 === errors;
        valid6 = _valid2;
      }
      if (!valid6) {
        const err15 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" } };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
        validate166.errors = vErrors;
        return false;
      }
      var valid0 = _errs19 === errors;
    }
  }
  validate166.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
var evaluated_validate166 = { "dynamicProps": true, "dynamicItems": false };
var pattern10 = /* @__PURE__ */ new RegExp("^whsec_", "u");
var pattern11 = /* @__PURE__ */ new RegExp("^whsec_(?:(?:[A-Za-z0-9+/]{4}){8,21}(?:[A-Za-z0-9+/]{2}==)?|(?:[A-Za-z0-9+/]{4}){8,20}[A-Za-z0-9+/]{3}=)$", "u");
function validate170(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate170;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data === "string") {
    if (!pattern10.test(data)) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
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
    const _errs3 = errors;
    const _errs5 = errors;
    let valid1 = true;
    const _errs6 = errors;
    if (errors === _errs6) {
      if (typeof data === "string") {
        if (func2(data) > 256) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
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
    var _valid1 = _errs6 === errors;
    errors = _errs5;
    if (vErrors !== null) {
      if (_errs5) {
        vErrors.length = _errs5;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs8 = errors;
      if (errors === _errs8) {
        if (typeof data === "string") {
          if (!pattern11.test(data)) {
            validate170.errors = [{ instancePath, schemaPath: "#/then/then/pattern", keyword: "pattern", params: { pattern: "^whsec_(?:(?:[A-Za-z0-9+/]{4}){8,21}(?:[A-Za-z0-9+/]{2}==)?|(?:[A-Za-z0-9+/]{4}){8,20}[A-Za-z0-9+/]{3}=)$" } }];
            return false;
          }
        } else {
          validate170.errors = [{ instancePath, schemaPath: "#/then/then/type", keyword: "type", params: { type: "string" } }];
          return false;
        }
      }
      var _valid1 = _errs8 === errors;
      valid1 = _valid1;
    }
    if (!valid1) {
      const err3 = { instancePath, schemaPath: "#/then/if", keyword: "if", params: { failingKeyword: "then" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate170.errors = vErrors;
      return false;
    }
    if (errors === _errs3) {
      if (typeof data === "string") {
        if (func2(data) > 256) {
          validate170.errors = [{ instancePath, schemaPath: "#/then/maxLength", keyword: "maxLength", params: { limit: 256 } }];
          return false;
        }
      } else {
        validate170.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate170.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func2(data) > 256) {
        validate170.errors = [{ instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 } }];
        return false;
      } else {
        if (func2(data) < 16) {
          validate170.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 16 } }];
          return false;
        }
      }
    } else {
      validate170.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate170.errors = vErrors;
  return errors === 0;
}
var evaluated_validate170 = { "dynamicProps": false, "dynamicItems": false };
function validate175(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate175;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func2(data) > 1024) {
        validate175.errors = [{ instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } }];
        return false;
      } else {
        if (func2(data) < 1) {
          validate175.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } }];
          return false;
        }
      }
    } else {
      validate175.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate175.errors = vErrors;
  return errors === 0;
}
var evaluated_validate175 = { "dynamicProps": false, "dynamicItems": false };
function validate165(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate165;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate166(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.url === void 0 && (missing0 = "url") || data.enabled_events === void 0 && (missing0 = "enabled_events")) {
        validate165.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs4 = errors;
        for (const key0 in data) {
          if (!func1.call(schema65.properties, key0)) {
            validate165.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs4 === errors) {
          if (data.url !== void 0) {
            const _errs5 = errors;
            if (!validate140(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs5 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.enabled_events !== void 0) {
              const _errs6 = errors;
              if (!validate142(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.secret !== void 0) {
                const _errs7 = errors;
                if (!validate170(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs7 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.include !== void 0) {
                  const _errs8 = errors;
                  if (!validate147(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs8 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.oidc_auth_method !== void 0) {
                    const _errs9 = errors;
                    if (!validate149(data.oidc_auth_method, { instancePath: instancePath + "/oidc_auth_method", parentData: data, parentDataProperty: "oidc_auth_method", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs9 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.oidc_client_id !== void 0) {
                      const _errs10 = errors;
                      if (!validate151(data.oidc_client_id, { instancePath: instancePath + "/oidc_client_id", parentData: data, parentDataProperty: "oidc_client_id", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.oidc_client_secret !== void 0) {
                        const _errs11 = errors;
                        if (!validate175(data.oidc_client_secret, { instancePath: instancePath + "/oidc_client_secret", parentData: data, parentDataProperty: "oidc_client_secret", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs11 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data.oidc_token_endpoint !== void 0) {
                          const _errs12 = errors;
                          if (!validate153(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
                            errors = vErrors.length;
                          }
                          var valid1 = _errs12 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data.oidc_resource_uri !== void 0) {
                            const _errs13 = errors;
                            if (!validate156(data.oidc_resource_uri, { instancePath: instancePath + "/oidc_resource_uri", parentData: data, parentDataProperty: "oidc_resource_uri", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
                              errors = vErrors.length;
                            }
                            var valid1 = _errs13 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data.oidc_scope !== void 0) {
                              const _errs14 = errors;
                              if (!validate158(data.oidc_scope, { instancePath: instancePath + "/oidc_scope", parentData: data, parentDataProperty: "oidc_scope", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs14 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data.oidc_access_token_ttl_seconds !== void 0) {
                                const _errs15 = errors;
                                if (!validate160(data.oidc_access_token_ttl_seconds, { instancePath: instancePath + "/oidc_access_token_ttl_seconds", parentData: data, parentDataProperty: "oidc_access_token_ttl_seconds", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
                                  errors = vErrors.length;
                                }
                                var valid1 = _errs15 === errors;
                              } else {
                                var valid1 = true;
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
      validate165.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate165.errors = vErrors;
  return errors === 0;
}
var evaluated_validate165 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema69 = { "type": "object", "required": ["object", "id", "url", "enabled_events", "include", "oidc_auth_method", "oidc_client_id", "oidc_token_endpoint", "oidc_resource_uri", "oidc_scope", "oidc_access_token_ttl_seconds", "created_at", "updated_at", "disabled_at", "disabled_reason"], "properties": { "object": { "type": "string", "const": "webhook" }, "id": { "$ref": "#/$defs/WebhookId" }, "url": { "$ref": "#/$defs/HttpsUrl" }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "include": { "$ref": "#/$defs/Include" }, "oidc_auth_method": { "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "oneOf": [{ "$ref": "#/$defs/OidcClientId" }, { "type": "null" }] }, "oidc_token_endpoint": { "oneOf": [{ "$ref": "#/$defs/OidcTokenEndpoint" }, { "type": "null" }] }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "oneOf": [{ "$ref": "#/$defs/OidcAccessTokenTtlSeconds" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "disabled_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "disabled_reason": { "oneOf": [{ "type": "string", "maxLength": 1e3 }, { "type": "null" }] }, "secret": { "type": "string", "maxLength": 50, "if": { "type": "string", "maxLength": 50 }, "then": { "type": "string", "pattern": "^whsec_[A-Za-z0-9+/]{43}=$" } } }, "additionalProperties": false };
var pattern12 = /* @__PURE__ */ new RegExp("^whsec_[A-Za-z0-9+/]{43}=$", "u");
function validate181(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate181;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.object === void 0 && (missing0 = "object") || data.id === void 0 && (missing0 = "id") || data.url === void 0 && (missing0 = "url") || data.enabled_events === void 0 && (missing0 = "enabled_events") || data.include === void 0 && (missing0 = "include") || data.oidc_auth_method === void 0 && (missing0 = "oidc_auth_method") || data.oidc_client_id === void 0 && (missing0 = "oidc_client_id") || data.oidc_token_endpoint === void 0 && (missing0 = "oidc_token_endpoint") || data.oidc_resource_uri === void 0 && (missing0 = "oidc_resource_uri") || data.oidc_scope === void 0 && (missing0 = "oidc_scope") || data.oidc_access_token_ttl_seconds === void 0 && (missing0 = "oidc_access_token_ttl_seconds") || data.created_at === void 0 && (missing0 = "created_at") || data.updated_at === void 0 && (missing0 = "updated_at") || data.disabled_at === void 0 && (missing0 = "disabled_at") || data.disabled_reason === void 0 && (missing0 = "disabled_reason")) {
        validate181.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema69.properties, key0)) {
            validate181.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate181.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if ("webhook" !== data0) {
              validate181.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "webhook" } }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== void 0) {
              const _errs4 = errors;
              if (!validate89(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.url !== void 0) {
                const _errs5 = errors;
                if (!validate140(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.enabled_events !== void 0) {
                  const _errs6 = errors;
                  if (!validate142(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.include !== void 0) {
                    const _errs7 = errors;
                    if (!validate147(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.oidc_auth_method !== void 0) {
                      let data5 = data.oidc_auth_method;
                      const _errs8 = errors;
                      const _errs9 = errors;
                      let valid1 = false;
                      let passing0 = null;
                      const _errs10 = errors;
                      if (!validate149(data5, { instancePath: instancePath + "/oidc_auth_method", parentData: data, parentDataProperty: "oidc_auth_method", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs10 === errors;
                      if (_valid0) {
                        valid1 = true;
                        passing0 = 0;
                      }
                      const _errs11 = errors;
                      if (data5 !== null) {
                        const err0 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" } };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      var _valid0 = _errs11 === errors;
                      if (_valid0 && valid1) {
                        valid1 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid1 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid1) {
                        const err1 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                        validate181.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs9;
                        if (vErrors !== null) {
                          if (_errs9) {
                            vErrors.length = _errs9;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.oidc_client_id !== void 0) {
                        let data6 = data.oidc_client_id;
                        const _errs13 = errors;
                        const _errs14 = errors;
                        let valid2 = false;
                        let passing1 = null;
                        const _errs15 = errors;
                        if (!validate151(data6, { instancePath: instancePath + "/oidc_client_id", parentData: data, parentDataProperty: "oidc_client_id", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
                          errors = vErrors.length;
                        }
                        var _valid1 = _errs15 === errors;
                        if (_valid1) {
                          valid2 = true;
                          passing1 = 0;
                        }
                        const _errs16 = errors;
                        if (data6 !== null) {
                          const err2 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf/1/type", keyword: "type", params: { type: "null" } };
                          if (vErrors === null) {
                            vErrors = [err2];
                          } else {
                            vErrors.push(err2);
                          }
                          errors++;
                        }
                        var _valid1 = _errs16 === errors;
                        if (_valid1 && valid2) {
                          valid2 = false;
                          passing1 = [passing1, 1];
                        } else {
                          if (_valid1) {
                            valid2 = true;
                            passing1 = 1;
                          }
                        }
                        if (!valid2) {
                          const err3 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
                          if (vErrors === null) {
                            vErrors = [err3];
                          } else {
                            vErrors.push(err3);
                          }
                          errors++;
                          validate181.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs14;
                          if (vErrors !== null) {
                            if (_errs14) {
                              vErrors.length = _errs14;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.oidc_token_endpoint !== void 0) {
                          let data7 = data.oidc_token_endpoint;
                          const _errs18 = errors;
                          const _errs19 = errors;
                          let valid3 = false;
                          let passing2 = null;
                          const _errs20 = errors;
                          if (!validate153(data7, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
                            errors = vErrors.length;
                          }
                          var _valid2 = _errs20 === errors;
                          if (_valid2) {
                            valid3 = true;
                            passing2 = 0;
                          }
                          const _errs21 = errors;
                          if (data7 !== null) {
                            const err4 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf/1/type", keyword: "type", params: { type: "null" } };
                            if (vErrors === null) {
                              vErrors = [err4];
                            } else {
                              vErrors.push(err4);
                            }
                            errors++;
                          }
                          var _valid2 = _errs21 === errors;
                          if (_valid2 && valid3) {
                            valid3 = false;
                            passing2 = [passing2, 1];
                          } else {
                            if (_valid2) {
                              valid3 = true;
                              passing2 = 1;
                            }
                          }
                          if (!valid3) {
                            const err5 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 } };
                            if (vErrors === null) {
                              vErrors = [err5];
                            } else {
                              vErrors.push(err5);
                            }
                            errors++;
                            validate181.errors = vErrors;
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
                          if (data.oidc_resource_uri !== void 0) {
                            let data8 = data.oidc_resource_uri;
                            const _errs23 = errors;
                            const _errs24 = errors;
                            let valid4 = false;
                            let passing3 = null;
                            const _errs25 = errors;
                            if (!validate156(data8, { instancePath: instancePath + "/oidc_resource_uri", parentData: data, parentDataProperty: "oidc_resource_uri", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
                              errors = vErrors.length;
                            }
                            var _valid3 = _errs25 === errors;
                            if (_valid3) {
                              valid4 = true;
                              passing3 = 0;
                            }
                            const _errs26 = errors;
                            if (data8 !== null) {
                              const err6 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" } };
                              if (vErrors === null) {
                                vErrors = [err6];
                              } else {
                                vErrors.push(err6);
                              }
                              errors++;
                            }
                            var _valid3 = _errs26 === errors;
                            if (_valid3 && valid4) {
                              valid4 = false;
                              passing3 = [passing3, 1];
                            } else {
                              if (_valid3) {
                                valid4 = true;
                                passing3 = 1;
                              }
                            }
                            if (!valid4) {
                              const err7 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 } };
                              if (vErrors === null) {
                                vErrors = [err7];
                              } else {
                                vErrors.push(err7);
                              }
                              errors++;
                              validate181.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs24;
                              if (vErrors !== null) {
                                if (_errs24) {
                                  vErrors.length = _errs24;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs23 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.oidc_scope !== void 0) {
                              let data9 = data.oidc_scope;
                              const _errs28 = errors;
                              const _errs29 = errors;
                              let valid5 = false;
                              let passing4 = null;
                              const _errs30 = errors;
                              if (!validate158(data9, { instancePath: instancePath + "/oidc_scope", parentData: data, parentDataProperty: "oidc_scope", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
                                errors = vErrors.length;
                              }
                              var _valid4 = _errs30 === errors;
                              if (_valid4) {
                                valid5 = true;
                                passing4 = 0;
                              }
                              const _errs31 = errors;
                              if (data9 !== null) {
                                const err8 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                if (vErrors === null) {
                                  vErrors = [err8];
                                } else {
                                  vErrors.push(err8);
                                }
                                errors++;
                              }
                              var _valid4 = _errs31 === errors;
                              if (_valid4 && valid5) {
                                valid5 = false;
                                passing4 = [passing4, 1];
                              } else {
                                if (_valid4) {
                                  valid5 = true;
                                  passing4 = 1;
                                }
                              }
                              if (!valid5) {
                                const err9 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 } };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                                validate181.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs29;
                                if (vErrors !== null) {
                                  if (_errs29) {
                                    vErrors.length = _errs29;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs28 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.oidc_access_token_ttl_seconds !== void 0) {
                                let data10 = data.oidc_access_token_ttl_seconds;
                                const _errs33 = errors;
                                const _errs34 = errors;
                                let valid6 = false;
                                let passing5 = null;
                                const _errs35 = errors;
                                if (!validate160(data10, { instancePath: instancePath + "/oidc_access_token_ttl_seconds", parentData: data, parentDataProperty: "oidc_access_token_ttl_seconds", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
                                  errors = vErrors.length;
                                }
                                var _valid5 = _errs35 === errors;
                                if (_valid5) {
                                  valid6 = true;
                                  passing5 = 0;
                                }
                                const _errs36 = errors;
                                if (data10 !== null) {
                                  const err10 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                  if (vErrors === null) {
                                    vErrors = [err10];
                                  } else {
                                    vErrors.push(err10);
                                  }
                                  errors++;
                                }
                                var _valid5 = _errs36 === errors;
                                if (_valid5 && valid6) {
                                  valid6 = false;
                                  passing5 = [passing5, 1];
                                } else {
                                  if (_valid5) {
                                    valid6 = true;
                                    passing5 = 1;
                                  }
                                }
                                if (!valid6) {
                                  const err11 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 } };
                                  if (vErrors === null) {
                                    vErrors = [err11];
                                  } else {
                                    vErrors.push(err11);
                                  }
                                  errors++;
                                  validate181.errors = vErrors;
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
                                if (data.created_at !== void 0) {
                                  const _errs38 = errors;
                                  if (!validate55(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs38 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.updated_at !== void 0) {
                                    const _errs39 = errors;
                                    if (!validate55(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs39 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.disabled_at !== void 0) {
                                      let data13 = data.disabled_at;
                                      const _errs40 = errors;
                                      const _errs41 = errors;
                                      let valid7 = false;
                                      let passing6 = null;
                                      const _errs42 = errors;
                                      if (!validate55(data13, { instancePath: instancePath + "/disabled_at", parentData: data, parentDataProperty: "disabled_at", rootData, dynamicAnchors })) {
                                        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                                        errors = vErrors.length;
                                      }
                                      var _valid6 = _errs42 === errors;
                                      if (_valid6) {
                                        valid7 = true;
                                        passing6 = 0;
                                      }
                                      const _errs43 = errors;
                                      if (data13 !== null) {
                                        const err12 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                        if (vErrors === null) {
                                          vErrors = [err12];
                                        } else {
                                          vErrors.push(err12);
                                        }
                                        errors++;
                                      }
                                      var _valid6 = _errs43 === errors;
                                      if (_valid6 && valid7) {
                                        valid7 = false;
                                        passing6 = [passing6, 1];
                                      } else {
                                        if (_valid6) {
                                          valid7 = true;
                                          passing6 = 1;
                                        }
                                      }
                                      if (!valid7) {
                                        const err13 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 } };
                                        if (vErrors === null) {
                                          vErrors = [err13];
                                        } else {
                                          vErrors.push(err13);
                                        }
                                        errors++;
                                        validate181.errors = vErrors;
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
                                      var valid0 = _errs40 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.disabled_reason !== void 0) {
                                        let data14 = data.disabled_reason;
                                        const _errs45 = errors;
                                        const _errs46 = errors;
                                        let valid8 = false;
                                        let passing7 = null;
                                        const _errs47 = errors;
                                        if (errors === _errs47) {
                                          if (typeof data14 === "string") {
                                            if (func2(data14) > 1e3) {
                                              const err14 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1e3 } };
                                              if (vErrors === null) {
                                                vErrors = [err14];
                                              } else {
                                                vErrors.push(err14);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err15 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/0/type", keyword: "type", params: { type: "string" } };
                                            if (vErrors === null) {
                                              vErrors = [err15];
                                            } else {
                                              vErrors.push(err15);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid7 = _errs47 === errors;
                                        if (_valid7) {
                                          valid8 = true;
                                          passing7 = 0;
                                        }
                                        const _errs49 = errors;
                                        if (data14 !== null) {
                                          const err16 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                          if (vErrors === null) {
                                            vErrors = [err16];
                                          } else {
                                            vErrors.push(err16);
                                          }
                                          errors++;
                                        }
                                        var _valid7 = _errs49 === errors;
                                        if (_valid7 && valid8) {
                                          valid8 = false;
                                          passing7 = [passing7, 1];
                                        } else {
                                          if (_valid7) {
                                            valid8 = true;
                                            passing7 = 1;
                                          }
                                        }
                                        if (!valid8) {
                                          const err17 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 } };
                                          if (vErrors === null) {
                                            vErrors = [err17];
                                          } else {
                                            vErrors.push(err17);
                                          }
                                          errors++;
                                          validate181.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs46;
                                          if (vErrors !== null) {
                                            if (_errs46) {
                                              vErrors.length = _errs46;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid0 = _errs45 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.secret !== void 0) {
                                          let data15 = data.secret;
                                          const _errs51 = errors;
                                          const _errs53 = errors;
                                          let valid9 = true;
                                          const _errs54 = errors;
                                          if (errors === _errs54) {
                                            if (typeof data15 === "string") {
                                              if (func2(data15) > 50) {
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
                                          var _valid8 = _errs54 === errors;
                                          errors = _errs53;
                                          if (vErrors !== null) {
                                            if (_errs53) {
                                              vErrors.length = _errs53;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                          if (_valid8) {
                                            const _errs56 = errors;
                                            if (errors === _errs56) {
                                              if (typeof data15 === "string") {
                                                if (!pattern12.test(data15)) {
                                                  validate181.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/then/pattern", keyword: "pattern", params: { pattern: "^whsec_[A-Za-z0-9+/]{43}=$" } }];
                                                  return false;
                                                }
                                              } else {
                                                validate181.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/then/type", keyword: "type", params: { type: "string" } }];
                                                return false;
                                              }
                                            }
                                            var _valid8 = _errs56 === errors;
                                            valid9 = _valid8;
                                          }
                                          if (!valid9) {
                                            const err20 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/if", keyword: "if", params: { failingKeyword: "then" } };
                                            if (vErrors === null) {
                                              vErrors = [err20];
                                            } else {
                                              vErrors.push(err20);
                                            }
                                            errors++;
                                            validate181.errors = vErrors;
                                            return false;
                                          }
                                          if (errors === _errs51) {
                                            if (typeof data15 === "string") {
                                              if (func2(data15) > 50) {
                                                validate181.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/maxLength", keyword: "maxLength", params: { limit: 50 } }];
                                                return false;
                                              }
                                            } else {
                                              validate181.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/type", keyword: "type", params: { type: "string" } }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs51 === errors;
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
        }
      }
    } else {
      validate181.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate181.errors = vErrors;
  return errors === 0;
}
var evaluated_validate181 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate195(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate195;
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
        validate195.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "object" || key0 === "data" || key0 === "has_more")) {
            validate195.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.object !== void 0) {
            let data0 = data.object;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate195.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if ("list" !== data0) {
              validate195.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "list" } }];
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
                    validate195.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 100 } }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (!validate138(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate195.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" } }];
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
                  validate195.errors = [{ instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" } }];
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
      validate195.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate195.errors = vErrors;
  return errors === 0;
}
var evaluated_validate195 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema71 = { "type": "object", "minProperties": 1, "properties": { "url": { "$ref": "#/$defs/HttpsUrl" }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "secret": { "$ref": "#/$defs/WebhookSecret" }, "include": { "$ref": "#/$defs/Include" }, "disabled_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "oidc_auth_method": { "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "$ref": "#/$defs/OidcClientId" }, "oidc_client_secret": { "$ref": "#/$defs/OidcClientSecret" }, "oidc_token_endpoint": { "$ref": "#/$defs/OidcTokenEndpoint" }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "$ref": "#/$defs/OidcAccessTokenTtlSeconds" } }, "additionalProperties": false, "x-explain-with": "allOf", "allOf": [{ "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "const": "private_key_jwt" } } }, "then": { "type": "object", "properties": { "oidc_client_secret": { "not": {}, "x-error-messages": { "not": 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"' } } } } }, { "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "type": "null" } } }, "then": { "type": "object", "propertyNames": { "not": { "pattern": "^oidc_(?!auth_method$)" } }, "x-error-messages": { "propertyNames": '{field} cannot be in an update that removes the OIDC configuration, which removes {field} too: leave {field} out, such as {"oidc_auth_method": null}' } } }], "x-error-messages": { "minProperties": "the update must change at least one field", "additionalProperties": "{field} is not a known field", "type": "the request body must be a JSON object" } };
var pattern13 = /* @__PURE__ */ new RegExp("^oidc_(?!auth_method$)", "u");
function validate197(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate197;
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
          validate197.errors = [{ instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/allOf/0/then/properties/oidc_client_secret/not", keyword: "not", params: {} }];
          return false;
        }
      } else {
        validate197.errors = [{ instancePath, schemaPath: "#/allOf/0/then/type", keyword: "type", params: { type: "object" } }];
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
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate197.errors = vErrors;
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
              if (!pattern13.test(key0)) {
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
              const err8 = { instancePath, schemaPath: "#/allOf/1/then/propertyNames/not", keyword: "not", params: {}, propertyName: key0 };
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
              const err9 = { instancePath, schemaPath: "#/allOf/1/then/propertyNames", keyword: "propertyNames", params: { propertyName: key0 } };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              validate197.errors = vErrors;
              return false;
              break;
            }
          }
        } else {
          validate197.errors = [{ instancePath, schemaPath: "#/allOf/1/then/type", keyword: "type", params: { type: "object" } }];
          return false;
        }
      }
      var _valid1 = _errs17 === errors;
      valid4 = _valid1;
    }
    if (!valid4) {
      const err10 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" } };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
      validate197.errors = vErrors;
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
        validate197.errors = [{ instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } }];
        return false;
      } else {
        const _errs25 = errors;
        for (const key1 in data) {
          if (!func1.call(schema71.properties, key1)) {
            validate197.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } }];
            return false;
            break;
          }
        }
        if (_errs25 === errors) {
          if (data.url !== void 0) {
            const _errs26 = errors;
            if (!validate140(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
              errors = vErrors.length;
            }
            var valid8 = _errs26 === errors;
          } else {
            var valid8 = true;
          }
          if (valid8) {
            if (data.enabled_events !== void 0) {
              const _errs27 = errors;
              if (!validate142(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
                errors = vErrors.length;
              }
              var valid8 = _errs27 === errors;
            } else {
              var valid8 = true;
            }
            if (valid8) {
              if (data.secret !== void 0) {
                const _errs28 = errors;
                if (!validate170(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
                  errors = vErrors.length;
                }
                var valid8 = _errs28 === errors;
              } else {
                var valid8 = true;
              }
              if (valid8) {
                if (data.include !== void 0) {
                  const _errs29 = errors;
                  if (!validate147(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                    errors = vErrors.length;
                  }
                  var valid8 = _errs29 === errors;
                } else {
                  var valid8 = true;
                }
                if (valid8) {
                  if (data.disabled_at !== void 0) {
                    let data7 = data.disabled_at;
                    const _errs30 = errors;
                    const _errs31 = errors;
                    let valid9 = false;
                    let passing0 = null;
                    const _errs32 = errors;
                    if (!validate55(data7, { instancePath: instancePath + "/disabled_at", parentData: data, parentDataProperty: "disabled_at", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                      errors = vErrors.length;
                    }
                    var _valid2 = _errs32 === errors;
                    if (_valid2) {
                      valid9 = true;
                      passing0 = 0;
                    }
                    const _errs33 = errors;
                    if (data7 !== null) {
                      const err11 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" } };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                    var _valid2 = _errs33 === errors;
                    if (_valid2 && valid9) {
                      valid9 = false;
                      passing0 = [passing0, 1];
                    } else {
                      if (_valid2) {
                        valid9 = true;
                        passing0 = 1;
                      }
                    }
                    if (!valid9) {
                      const err12 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                      validate197.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs31;
                      if (vErrors !== null) {
                        if (_errs31) {
                          vErrors.length = _errs31;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid8 = _errs30 === errors;
                  } else {
                    var valid8 = true;
                  }
                  if (valid8) {
                    if (data.oidc_auth_method !== void 0) {
                      let data8 = data.oidc_auth_method;
                      const _errs35 = errors;
                      const _errs36 = errors;
                      let valid10 = false;
                      let passing1 = null;
                      const _errs37 = errors;
                      if (!validate149(data8, { instancePath: instancePath + "/oidc_auth_method", parentData: data, parentDataProperty: "oidc_auth_method", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
                        errors = vErrors.length;
                      }
                      var _valid3 = _errs37 === errors;
                      if (_valid3) {
                        valid10 = true;
                        passing1 = 0;
                      }
                      const _errs38 = errors;
                      if (data8 !== null) {
                        const err13 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" } };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                      var _valid3 = _errs38 === errors;
                      if (_valid3 && valid10) {
                        valid10 = false;
                        passing1 = [passing1, 1];
                      } else {
                        if (_valid3) {
                          valid10 = true;
                          passing1 = 1;
                        }
                      }
                      if (!valid10) {
                        const err14 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                        validate197.errors = vErrors;
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
                      var valid8 = _errs35 === errors;
                    } else {
                      var valid8 = true;
                    }
                    if (valid8) {
                      if (data.oidc_client_id !== void 0) {
                        const _errs40 = errors;
                        if (!validate151(data.oidc_client_id, { instancePath: instancePath + "/oidc_client_id", parentData: data, parentDataProperty: "oidc_client_id", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
                          errors = vErrors.length;
                        }
                        var valid8 = _errs40 === errors;
                      } else {
                        var valid8 = true;
                      }
                      if (valid8) {
                        if (data.oidc_client_secret !== void 0) {
                          const _errs41 = errors;
                          if (!validate175(data.oidc_client_secret, { instancePath: instancePath + "/oidc_client_secret", parentData: data, parentDataProperty: "oidc_client_secret", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
                            errors = vErrors.length;
                          }
                          var valid8 = _errs41 === errors;
                        } else {
                          var valid8 = true;
                        }
                        if (valid8) {
                          if (data.oidc_token_endpoint !== void 0) {
                            const _errs42 = errors;
                            if (!validate153(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
                              errors = vErrors.length;
                            }
                            var valid8 = _errs42 === errors;
                          } else {
                            var valid8 = true;
                          }
                          if (valid8) {
                            if (data.oidc_resource_uri !== void 0) {
                              let data12 = data.oidc_resource_uri;
                              const _errs43 = errors;
                              const _errs44 = errors;
                              let valid11 = false;
                              let passing2 = null;
                              const _errs45 = errors;
                              if (!validate156(data12, { instancePath: instancePath + "/oidc_resource_uri", parentData: data, parentDataProperty: "oidc_resource_uri", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
                                errors = vErrors.length;
                              }
                              var _valid4 = _errs45 === errors;
                              if (_valid4) {
                                valid11 = true;
                                passing2 = 0;
                              }
                              const _errs46 = errors;
                              if (data12 !== null) {
                                const err15 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                if (vErrors === null) {
                                  vErrors = [err15];
                                } else {
                                  vErrors.push(err15);
                                }
                                errors++;
                              }
                              var _valid4 = _errs46 === errors;
                              if (_valid4 && valid11) {
                                valid11 = false;
                                passing2 = [passing2, 1];
                              } else {
                                if (_valid4) {
                                  valid11 = true;
                                  passing2 = 1;
                                }
                              }
                              if (!valid11) {
                                const err16 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 } };
                                if (vErrors === null) {
                                  vErrors = [err16];
                                } else {
                                  vErrors.push(err16);
                                }
                                errors++;
                                validate197.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs44;
                                if (vErrors !== null) {
                                  if (_errs44) {
                                    vErrors.length = _errs44;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid8 = _errs43 === errors;
                            } else {
                              var valid8 = true;
                            }
                            if (valid8) {
                              if (data.oidc_scope !== void 0) {
                                let data13 = data.oidc_scope;
                                const _errs48 = errors;
                                const _errs49 = errors;
                                let valid12 = false;
                                let passing3 = null;
                                const _errs50 = errors;
                                if (!validate158(data13, { instancePath: instancePath + "/oidc_scope", parentData: data, parentDataProperty: "oidc_scope", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
                                  errors = vErrors.length;
                                }
                                var _valid5 = _errs50 === errors;
                                if (_valid5) {
                                  valid12 = true;
                                  passing3 = 0;
                                }
                                const _errs51 = errors;
                                if (data13 !== null) {
                                  const err17 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                  if (vErrors === null) {
                                    vErrors = [err17];
                                  } else {
                                    vErrors.push(err17);
                                  }
                                  errors++;
                                }
                                var _valid5 = _errs51 === errors;
                                if (_valid5 && valid12) {
                                  valid12 = false;
                                  passing3 = [passing3, 1];
                                } else {
                                  if (_valid5) {
                                    valid12 = true;
                                    passing3 = 1;
                                  }
                                }
                                if (!valid12) {
                                  const err18 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 } };
                                  if (vErrors === null) {
                                    vErrors = [err18];
                                  } else {
                                    vErrors.push(err18);
                                  }
                                  errors++;
                                  validate197.errors = vErrors;
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
                                if (data.oidc_access_token_ttl_seconds !== void 0) {
                                  const _errs53 = errors;
                                  if (!validate160(data.oidc_access_token_ttl_seconds, { instancePath: instancePath + "/oidc_access_token_ttl_seconds", parentData: data, parentDataProperty: "oidc_access_token_ttl_seconds", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid8 = _errs53 === errors;
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
      validate197.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate197.errors = vErrors;
  return errors === 0;
}
var evaluated_validate197 = { "props": true, "dynamicProps": false, "dynamicItems": false };

// virtual:virtual:explain
var schema20 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.approved" }, "data": { "$ref": "#/$defs/BusinessEventData" } }, "unevaluatedProperties": false };
var schema21 = { "type": "object", "required": ["object", "id", "type", "created_at", "data"], "properties": { "object": { "type": "string", "const": "event" }, "id": { "type": "string", "format": "uuid" }, "type": { "type": "string" }, "created_at": { "$ref": "#/$defs/Timestamp" }, "data": { "type": "object", "required": ["object"], "properties": { "object": { "type": "object", "properties": { "object": { "type": "string" }, "id": { "type": "string" } } } } } } };
var formats02 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var schema22 = { "type": "string", "format": "date-time", "x-error-messages": { "type": "{field} must be an RFC 3339 date-time such as 2026-11-02T09:30:00Z", "format": "{field} must be an RFC 3339 date-time such as 2026-11-02T09:30:00Z" } };
var formats22 = format_date_time;
function validate552(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate552;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!formats22.validate(data)) {
      const err0 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" }, schema: "date-time", parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate552.errors = vErrors;
  return errors === 0;
}
var evaluated_validate552 = { "dynamicProps": false, "dynamicItems": false };
function validate542(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate542;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, schema: schema21.required, parentSchema: schema21, data };
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
        const err5 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.object.type, parentSchema: schema21.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("event" !== data0) {
        const err6 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event" }, schema: "event", parentSchema: schema21.properties.object, data: data0 };
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
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema21.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.id.type, parentSchema: schema21.properties.id, data: data1 };
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
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.type.type, parentSchema: schema21.properties.type, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      if (!validate552(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.data !== void 0) {
      let data4 = data.data;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.object === void 0) {
          const err10 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "object" }, schema: schema21.properties.data.required, parentSchema: schema21.properties.data, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4.object !== void 0) {
          let data5 = data4.object;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.object !== void 0) {
              let data6 = data5.object;
              if (typeof data6 !== "string") {
                const err11 = { instancePath: instancePath + "/data/object/object", schemaPath: "#/properties/data/properties/object/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.data.properties.object.properties.object.type, parentSchema: schema21.properties.data.properties.object.properties.object, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.id !== void 0) {
              let data7 = data5.id;
              if (typeof data7 !== "string") {
                const err12 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.data.properties.object.properties.id.type, parentSchema: schema21.properties.data.properties.object.properties.id, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" }, schema: schema21.properties.data.properties.object.type, parentSchema: schema21.properties.data.properties.object, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, schema: schema21.properties.data.type, parentSchema: schema21.properties.data, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate542.errors = vErrors;
  return errors === 0;
}
var evaluated_validate542 = { "props": { "object": true, "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var schema23 = { "type": "object", "required": ["object"], "properties": { "object": { "$ref": "#/$defs/Business" } }, "additionalProperties": false };
var schema242 = { "type": "object", "required": ["object", "id", "external_id", "name", "status", "created_at", "updated_at"], "properties": { "object": { "type": "string", "const": "business" }, "id": { "type": "string", "format": "uuid" }, "external_id": { "type": ["string", "null"], "maxLength": 255 }, "name": { "type": "string" }, "status": { "type": "string", "enum": ["open", "pending", "in_review", "approved", "rejected"] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "addresses": { "type": "array", "items": { "$ref": "#/$defs/BusinessAddress" } }, "names": { "type": "array", "items": { "$ref": "#/$defs/BusinessName" } }, "people": { "type": "array", "items": { "$ref": "#/$defs/BusinessPerson" } }, "registrations": { "type": "array", "items": { "$ref": "#/$defs/BusinessRegistration" } }, "tin": { "oneOf": [{ "$ref": "#/$defs/BusinessTin" }, { "type": "null" }] }, "watchlist": { "oneOf": [{ "$ref": "#/$defs/BusinessWatchlist" }, { "type": "null" }] } }, "additionalProperties": false };
var func12 = Object.prototype.hasOwnProperty;
var func22 = ucs2length;
var schema252 = { "type": "object", "required": ["address_line1", "address_line2", "city", "state", "postal_code", "country", "submitted"], "properties": { "address_line1": { "type": "string" }, "address_line2": { "type": ["string", "null"] }, "city": { "type": "string" }, "state": { "type": "string" }, "postal_code": { "type": "string" }, "country": { "type": "string", "pattern": "^[A-Z]{2}$" }, "submitted": { "type": "boolean" } }, "additionalProperties": false };
var pattern32 = /* @__PURE__ */ new RegExp("^[A-Z]{2}$", "u");
function validate622(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate622;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.address_line1 === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "address_line1" }, schema: schema252.required, parentSchema: schema252, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.address_line2 === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "address_line2" }, schema: schema252.required, parentSchema: schema252, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.city === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "city" }, schema: schema252.required, parentSchema: schema252, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, schema: schema252.required, parentSchema: schema252, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.postal_code === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "postal_code" }, schema: schema252.required, parentSchema: schema252, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.country === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "country" }, schema: schema252.required, parentSchema: schema252, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.submitted === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "submitted" }, schema: schema252.required, parentSchema: schema252, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "address_line1" || key0 === "address_line2" || key0 === "city" || key0 === "state" || key0 === "postal_code" || key0 === "country" || key0 === "submitted")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema252, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.address_line1 !== void 0) {
      let data0 = data.address_line1;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/address_line1", schemaPath: "#/properties/address_line1/type", keyword: "type", params: { type: "string" }, schema: schema252.properties.address_line1.type, parentSchema: schema252.properties.address_line1, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.address_line2 !== void 0) {
      let data1 = data.address_line2;
      if (typeof data1 !== "string" && data1 !== null) {
        const err9 = { instancePath: instancePath + "/address_line2", schemaPath: "#/properties/address_line2/type", keyword: "type", params: { type: schema252.properties.address_line2.type }, schema: schema252.properties.address_line2.type, parentSchema: schema252.properties.address_line2, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.city !== void 0) {
      let data2 = data.city;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" }, schema: schema252.properties.city.type, parentSchema: schema252.properties.city, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data3 = data.state;
      if (typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, schema: schema252.properties.state.type, parentSchema: schema252.properties.state, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.postal_code !== void 0) {
      let data4 = data.postal_code;
      if (typeof data4 !== "string") {
        const err12 = { instancePath: instancePath + "/postal_code", schemaPath: "#/properties/postal_code/type", keyword: "type", params: { type: "string" }, schema: schema252.properties.postal_code.type, parentSchema: schema252.properties.postal_code, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data5 = data.country;
      if (typeof data5 === "string") {
        if (!pattern32.test(data5)) {
          const err13 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, schema: "^[A-Z]{2}$", parentSchema: schema252.properties.country, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" }, schema: schema252.properties.country.type, parentSchema: schema252.properties.country, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.submitted !== void 0) {
      let data6 = data.submitted;
      if (typeof data6 !== "boolean") {
        const err15 = { instancePath: instancePath + "/submitted", schemaPath: "#/properties/submitted/type", keyword: "type", params: { type: "boolean" }, schema: schema252.properties.submitted.type, parentSchema: schema252.properties.submitted, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema252.type, parentSchema: schema252, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate622.errors = vErrors;
  return errors === 0;
}
var evaluated_validate622 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema262 = { "type": "object", "required": ["name", "type", "submitted"], "properties": { "name": { "type": "string" }, "type": { "type": "string", "enum": ["legal", "dba"] }, "submitted": { "type": "boolean" } }, "additionalProperties": false };
function validate642(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate642;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema262.required, parentSchema: schema262, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema262.required, parentSchema: schema262, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.submitted === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "submitted" }, schema: schema262.required, parentSchema: schema262, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "type" || key0 === "submitted")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema262, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, schema: schema262.properties.name.type, parentSchema: schema262.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema262.properties.type.type, parentSchema: schema262.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === "legal" || data1 === "dba")) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema262.properties.type.enum }, schema: schema262.properties.type.enum, parentSchema: schema262.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.submitted !== void 0) {
      let data2 = data.submitted;
      if (typeof data2 !== "boolean") {
        const err7 = { instancePath: instancePath + "/submitted", schemaPath: "#/properties/submitted/type", keyword: "type", params: { type: "boolean" }, schema: schema262.properties.submitted.type, parentSchema: schema262.properties.submitted, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema262.type, parentSchema: schema262, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate642.errors = vErrors;
  return errors === 0;
}
var evaluated_validate642 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema27 = { "type": "object", "required": ["name", "titles"], "properties": { "name": { "type": "string" }, "titles": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false };
function validate662(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate662;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.titles === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "titles" }, schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "titles")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, schema: schema27.properties.name.type, parentSchema: schema27.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.titles !== void 0) {
      let data1 = data.titles;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/titles/" + i0, schemaPath: "#/properties/titles/items/type", keyword: "type", params: { type: "string" }, schema: schema27.properties.titles.items.type, parentSchema: schema27.properties.titles.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/titles", schemaPath: "#/properties/titles/type", keyword: "type", params: { type: "array" }, schema: schema27.properties.titles.type, parentSchema: schema27.properties.titles, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate662.errors = vErrors;
  return errors === 0;
}
var evaluated_validate662 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema282 = { "type": "object", "required": ["state", "status", "entity_type", "registration_date"], "properties": { "state": { "type": "string" }, "status": { "type": "string", "enum": ["active", "inactive", "unknown"] }, "entity_type": { "type": "string" }, "registration_date": { "type": ["string", "null"], "format": "date" } }, "additionalProperties": false };
var formats62 = format_date;
function validate682(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate682;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.state === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, schema: schema282.required, parentSchema: schema282, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema282.required, parentSchema: schema282, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.entity_type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entity_type" }, schema: schema282.required, parentSchema: schema282, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.registration_date === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registration_date" }, schema: schema282.required, parentSchema: schema282, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "state" || key0 === "status" || key0 === "entity_type" || key0 === "registration_date")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema282, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data0 = data.state;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, schema: schema282.properties.state.type, parentSchema: schema282.properties.state, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, schema: schema282.properties.status.type, parentSchema: schema282.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "active" || data1 === "inactive" || data1 === "unknown")) {
        const err7 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema282.properties.status.enum }, schema: schema282.properties.status.enum, parentSchema: schema282.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.entity_type !== void 0) {
      let data2 = data.entity_type;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/entity_type", schemaPath: "#/properties/entity_type/type", keyword: "type", params: { type: "string" }, schema: schema282.properties.entity_type.type, parentSchema: schema282.properties.entity_type, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.registration_date !== void 0) {
      let data3 = data.registration_date;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/registration_date", schemaPath: "#/properties/registration_date/type", keyword: "type", params: { type: schema282.properties.registration_date.type }, schema: schema282.properties.registration_date.type, parentSchema: schema282.properties.registration_date, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (!formats62.validate(data3)) {
          const err10 = { instancePath: instancePath + "/registration_date", schemaPath: "#/properties/registration_date/format", keyword: "format", params: { format: "date" }, schema: "date", parentSchema: schema282.properties.registration_date, data: data3 };
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
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema282.type, parentSchema: schema282, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate682.errors = vErrors;
  return errors === 0;
}
var evaluated_validate682 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema29 = { "type": "object", "required": ["tin", "verified"], "properties": { "tin": { "type": "string", "pattern": "^\\*{5}\\d{4}$" }, "verified": { "type": "boolean" } }, "additionalProperties": false };
var pattern42 = /* @__PURE__ */ new RegExp("^\\*{5}\\d{4}$", "u");
function validate702(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate702;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tin === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tin" }, schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.verified === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verified" }, schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tin" || key0 === "verified")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.tin !== void 0) {
      let data0 = data.tin;
      if (typeof data0 === "string") {
        if (!pattern42.test(data0)) {
          const err3 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/pattern", keyword: "pattern", params: { pattern: "^\\*{5}\\d{4}$" }, schema: "^\\*{5}\\d{4}$", parentSchema: schema29.properties.tin, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.tin.type, parentSchema: schema29.properties.tin, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.verified !== void 0) {
      let data1 = data.verified;
      if (typeof data1 !== "boolean") {
        const err5 = { instancePath: instancePath + "/verified", schemaPath: "#/properties/verified/type", keyword: "type", params: { type: "boolean" }, schema: schema29.properties.verified.type, parentSchema: schema29.properties.verified, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate702.errors = vErrors;
  return errors === 0;
}
var evaluated_validate702 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema30 = { "type": "object", "required": ["hit_count"], "properties": { "hit_count": { "type": "integer", "minimum": 0 } }, "additionalProperties": false };
function validate722(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate722;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hit_count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hit_count" }, schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "hit_count")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.hit_count !== void 0) {
      let data0 = data.hit_count;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/hit_count", schemaPath: "#/properties/hit_count/type", keyword: "type", params: { type: "integer" }, schema: schema30.properties.hit_count.type, parentSchema: schema30.properties.hit_count, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/hit_count", schemaPath: "#/properties/hit_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema30.properties.hit_count, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate722.errors = vErrors;
  return errors === 0;
}
var evaluated_validate722 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate592(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate592;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema242.required, parentSchema: schema242, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema242.required, parentSchema: schema242, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.external_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "external_id" }, schema: schema242.required, parentSchema: schema242, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema242.required, parentSchema: schema242, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema242.required, parentSchema: schema242, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema242.required, parentSchema: schema242, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, schema: schema242.required, parentSchema: schema242, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema242.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema242, data };
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
        const err8 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema242.properties.object.type, parentSchema: schema242.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if ("business" !== data0) {
        const err9 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "business" }, schema: "business", parentSchema: schema242.properties.object, data: data0 };
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
          const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema242.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema242.properties.id.type, parentSchema: schema242.properties.id, data: data1 };
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
        const err12 = { instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/type", keyword: "type", params: { type: schema242.properties.external_id.type }, schema: schema242.properties.external_id.type, parentSchema: schema242.properties.external_id, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func22(data2) > 255) {
          const err13 = { instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/maxLength", keyword: "maxLength", params: { limit: 255 }, schema: 255, parentSchema: schema242.properties.external_id, data: data2 };
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
        const err14 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, schema: schema242.properties.name.type, parentSchema: schema242.properties.name, data: data3 };
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
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, schema: schema242.properties.status.type, parentSchema: schema242.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data4 === "open" || data4 === "pending" || data4 === "in_review" || data4 === "approved" || data4 === "rejected")) {
        const err16 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema242.properties.status.enum }, schema: schema242.properties.status.enum, parentSchema: schema242.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      if (!validate552(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.updated_at !== void 0) {
      if (!validate552(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.addresses !== void 0) {
      let data7 = data.addresses;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate622(data7[i0], { instancePath: instancePath + "/addresses/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate622.errors : vErrors.concat(validate622.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/addresses", schemaPath: "#/properties/addresses/type", keyword: "type", params: { type: "array" }, schema: schema242.properties.addresses.type, parentSchema: schema242.properties.addresses, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.names !== void 0) {
      let data9 = data.names;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate642(data9[i1], { instancePath: instancePath + "/names/" + i1, parentData: data9, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate642.errors : vErrors.concat(validate642.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" }, schema: schema242.properties.names.type, parentSchema: schema242.properties.names, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.people !== void 0) {
      let data11 = data.people;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate662(data11[i2], { instancePath: instancePath + "/people/" + i2, parentData: data11, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate662.errors : vErrors.concat(validate662.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "array" }, schema: schema242.properties.people.type, parentSchema: schema242.properties.people, data: data11 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.registrations !== void 0) {
      let data13 = data.registrations;
      if (Array.isArray(data13)) {
        const len3 = data13.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate682(data13[i3], { instancePath: instancePath + "/registrations/" + i3, parentData: data13, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate682.errors : vErrors.concat(validate682.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/registrations", schemaPath: "#/properties/registrations/type", keyword: "type", params: { type: "array" }, schema: schema242.properties.registrations.type, parentSchema: schema242.properties.registrations, data: data13 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tin !== void 0) {
      let data15 = data.tin;
      const _errs27 = errors;
      let valid9 = false;
      let passing0 = null;
      const _errs28 = errors;
      if (!validate702(data15, { instancePath: instancePath + "/tin", parentData: data, parentDataProperty: "tin", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate702.errors : vErrors.concat(validate702.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs28 === errors;
      if (_valid0) {
        valid9 = true;
        passing0 = 0;
      }
      const _errs29 = errors;
      if (data15 !== null) {
        const err21 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema242.properties.tin.oneOf[1].type, parentSchema: schema242.properties.tin.oneOf[1], data: data15 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid0 = _errs29 === errors;
      if (_valid0 && valid9) {
        valid9 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid9 = true;
          passing0 = 1;
        }
      }
      if (!valid9) {
        const err22 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema242.properties.tin.oneOf, parentSchema: schema242.properties.tin, data: data15 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
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
    if (data.watchlist !== void 0) {
      let data16 = data.watchlist;
      const _errs32 = errors;
      let valid10 = false;
      let passing1 = null;
      const _errs33 = errors;
      if (!validate722(data16, { instancePath: instancePath + "/watchlist", parentData: data, parentDataProperty: "watchlist", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate722.errors : vErrors.concat(validate722.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs33 === errors;
      if (_valid1) {
        valid10 = true;
        passing1 = 0;
      }
      const _errs34 = errors;
      if (data16 !== null) {
        const err23 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema242.properties.watchlist.oneOf[1].type, parentSchema: schema242.properties.watchlist.oneOf[1], data: data16 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid1 = _errs34 === errors;
      if (_valid1 && valid10) {
        valid10 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid10 = true;
          passing1 = 1;
        }
      }
      if (!valid10) {
        const err24 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, schema: schema242.properties.watchlist.oneOf, parentSchema: schema242.properties.watchlist, data: data16 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
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
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema242.type, parentSchema: schema242, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate592.errors = vErrors;
  return errors === 0;
}
var evaluated_validate592 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate582(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate582;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      if (!validate592(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate592.errors : vErrors.concat(validate592.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate582.errors = vErrors;
  return errors === 0;
}
var evaluated_validate582 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate532(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate532;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate542(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema20.required, parentSchema: schema20, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema20.properties.type.type, parentSchema: schema20.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.approved" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.approved" }, schema: "business.approved", parentSchema: schema20.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate582(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate582.errors : vErrors.concat(validate582.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate532.errors = vErrors;
  return errors === 0;
}
var evaluated_validate532 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema31 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.created" }, "data": { "$ref": "#/$defs/BusinessEventData" } }, "unevaluatedProperties": false };
function validate762(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate762;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate542(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema31.required, parentSchema: schema31, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema31.properties.type.type, parentSchema: schema31.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.created" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.created" }, schema: "business.created", parentSchema: schema31.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate582(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate582.errors : vErrors.concat(validate582.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate762.errors = vErrors;
  return errors === 0;
}
var evaluated_validate762 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema32 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.rejected" }, "data": { "$ref": "#/$defs/BusinessEventData" } }, "unevaluatedProperties": false };
function validate792(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate792;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate542(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema32.required, parentSchema: schema32, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema32.properties.type.type, parentSchema: schema32.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.rejected" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.rejected" }, schema: "business.rejected", parentSchema: schema32.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate582(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate582.errors : vErrors.concat(validate582.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate792.errors = vErrors;
  return errors === 0;
}
var evaluated_validate792 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema33 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.updated" }, "data": { "$ref": "#/$defs/BusinessEventData" } }, "unevaluatedProperties": false };
function validate822(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate822;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate542(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema33.required, parentSchema: schema33, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema33.properties.type.type, parentSchema: schema33.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.updated" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.updated" }, schema: "business.updated", parentSchema: schema33.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate582(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate582.errors : vErrors.concat(validate582.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate822.errors = vErrors;
  return errors === 0;
}
var evaluated_validate822 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema34 = { "type": "object", "required": ["object", "data", "has_more"], "properties": { "object": { "type": "string", "const": "list" }, "data": { "type": "array", "maxItems": 100, "items": { "$ref": "#/$defs/Delivery" } }, "has_more": { "type": "boolean" } }, "additionalProperties": false };
var schema352 = { "type": "object", "required": ["object", "id", "webhook_id", "event_id", "event_type", "status", "attempts", "last_attempt_at", "last_response_status", "last_error", "next_attempt_at", "created_at"], "properties": { "object": { "type": "string", "const": "delivery" }, "id": { "$ref": "#/$defs/DeliveryId" }, "webhook_id": { "$ref": "#/$defs/WebhookId" }, "event_id": { "type": "string", "format": "uuid" }, "event_type": { "$ref": "#/$defs/EventType" }, "status": { "$ref": "#/$defs/DeliveryStatus" }, "attempts": { "type": "integer", "minimum": 0 }, "last_attempt_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "last_response_status": { "oneOf": [{ "type": "integer", "minimum": 100, "maximum": 599 }, { "type": "null" }] }, "last_error": { "oneOf": [{ "type": "string", "maxLength": 1e3 }, { "type": "null" }] }, "next_attempt_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp" } }, "additionalProperties": false };
var schema36 = { "type": "string", "format": "uuid" };
function validate872(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate872;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!formats02.test(data)) {
      const err0 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate872.errors = vErrors;
  return errors === 0;
}
var evaluated_validate872 = { "dynamicProps": false, "dynamicItems": false };
var schema37 = { "type": "string", "format": "uuid" };
function validate892(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate892;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!formats02.test(data)) {
      const err0 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate892.errors = vErrors;
  return errors === 0;
}
var evaluated_validate892 = { "dynamicProps": false, "dynamicItems": false };
var schema382 = { "type": "string", "enum": ["business.created", "business.updated", "business.approved", "business.rejected", "order.created", "order.completed"] };
function validate912(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate912;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema382.type, parentSchema: schema382, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "business.created" || data === "business.updated" || data === "business.approved" || data === "business.rejected" || data === "order.created" || data === "order.completed")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema382.enum }, schema: schema382.enum, parentSchema: schema382, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate912.errors = vErrors;
  return errors === 0;
}
var evaluated_validate912 = { "dynamicProps": false, "dynamicItems": false };
var schema392 = { "type": "string", "enum": ["pending", "succeeded", "failed"] };
function validate932(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate932;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema392.type, parentSchema: schema392, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "pending" || data === "succeeded" || data === "failed")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema392.enum }, schema: schema392.enum, parentSchema: schema392, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate932.errors = vErrors;
  return errors === 0;
}
var evaluated_validate932 = { "dynamicProps": false, "dynamicItems": false };
function validate862(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate862;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.webhook_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "webhook_id" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.event_id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event_id" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.event_type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event_type" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.attempts === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.last_attempt_at === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_attempt_at" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.last_response_status === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_response_status" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.last_error === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_error" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.next_attempt_at === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "next_attempt_at" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema352.required, parentSchema: schema352, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema352.properties, key0)) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema352, data };
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
        const err13 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema352.properties.object.type, parentSchema: schema352.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if ("delivery" !== data0) {
        const err14 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "delivery" }, schema: "delivery", parentSchema: schema352.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (!validate872(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate872.errors : vErrors.concat(validate872.errors);
        errors = vErrors.length;
      }
    }
    if (data.webhook_id !== void 0) {
      if (!validate892(data.webhook_id, { instancePath: instancePath + "/webhook_id", parentData: data, parentDataProperty: "webhook_id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate892.errors : vErrors.concat(validate892.errors);
        errors = vErrors.length;
      }
    }
    if (data.event_id !== void 0) {
      let data3 = data.event_id;
      if (typeof data3 === "string") {
        if (!formats02.test(data3)) {
          const err15 = { instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema352.properties.event_id, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/type", keyword: "type", params: { type: "string" }, schema: schema352.properties.event_id.type, parentSchema: schema352.properties.event_id, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.event_type !== void 0) {
      if (!validate912(data.event_type, { instancePath: instancePath + "/event_type", parentData: data, parentDataProperty: "event_type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate912.errors : vErrors.concat(validate912.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!validate932(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate932.errors : vErrors.concat(validate932.errors);
        errors = vErrors.length;
      }
    }
    if (data.attempts !== void 0) {
      let data6 = data.attempts;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err17 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "integer" }, schema: schema352.properties.attempts.type, parentSchema: schema352.properties.attempts, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err18 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema352.properties.attempts, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.last_attempt_at !== void 0) {
      let data7 = data.last_attempt_at;
      const _errs13 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs14 = errors;
      if (!validate552(data7, { instancePath: instancePath + "/last_attempt_at", parentData: data, parentDataProperty: "last_attempt_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs15 = errors;
      if (data7 !== null) {
        const err19 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/properties/last_attempt_at/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema352.properties.last_attempt_at.oneOf[1].type, parentSchema: schema352.properties.last_attempt_at.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err20 = { instancePath: instancePath + "/last_attempt_at", schemaPath: "#/properties/last_attempt_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema352.properties.last_attempt_at.oneOf, parentSchema: schema352.properties.last_attempt_at, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.last_response_status !== void 0) {
      let data8 = data.last_response_status;
      const _errs18 = errors;
      let valid2 = false;
      let passing1 = null;
      const _errs19 = errors;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err21 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/type", keyword: "type", params: { type: "integer" }, schema: schema352.properties.last_response_status.oneOf[0].type, parentSchema: schema352.properties.last_response_status.oneOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 599 || isNaN(data8)) {
          const err22 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, schema: 599, parentSchema: schema352.properties.last_response_status.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data8 < 100 || isNaN(data8)) {
          const err23 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, schema: 100, parentSchema: schema352.properties.last_response_status.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      var _valid1 = _errs19 === errors;
      if (_valid1) {
        valid2 = true;
        passing1 = 0;
      }
      const _errs21 = errors;
      if (data8 !== null) {
        const err24 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema352.properties.last_response_status.oneOf[1].type, parentSchema: schema352.properties.last_response_status.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid1 = _errs21 === errors;
      if (_valid1 && valid2) {
        valid2 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid2 = true;
          passing1 = 1;
        }
      }
      if (!valid2) {
        const err25 = { instancePath: instancePath + "/last_response_status", schemaPath: "#/properties/last_response_status/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, schema: schema352.properties.last_response_status.oneOf, parentSchema: schema352.properties.last_response_status, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs18;
        if (vErrors !== null) {
          if (_errs18) {
            vErrors.length = _errs18;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.last_error !== void 0) {
      let data9 = data.last_error;
      const _errs24 = errors;
      let valid3 = false;
      let passing2 = null;
      const _errs25 = errors;
      if (typeof data9 === "string") {
        if (func22(data9) > 1e3) {
          const err26 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1e3 }, schema: 1e3, parentSchema: schema352.properties.last_error.oneOf[0], data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/0/type", keyword: "type", params: { type: "string" }, schema: schema352.properties.last_error.oneOf[0].type, parentSchema: schema352.properties.last_error.oneOf[0], data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid2 = _errs25 === errors;
      if (_valid2) {
        valid3 = true;
        passing2 = 0;
      }
      const _errs27 = errors;
      if (data9 !== null) {
        const err28 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema352.properties.last_error.oneOf[1].type, parentSchema: schema352.properties.last_error.oneOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid2 = _errs27 === errors;
      if (_valid2 && valid3) {
        valid3 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid3 = true;
          passing2 = 1;
        }
      }
      if (!valid3) {
        const err29 = { instancePath: instancePath + "/last_error", schemaPath: "#/properties/last_error/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, schema: schema352.properties.last_error.oneOf, parentSchema: schema352.properties.last_error, data: data9 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.next_attempt_at !== void 0) {
      let data10 = data.next_attempt_at;
      const _errs30 = errors;
      let valid4 = false;
      let passing3 = null;
      const _errs31 = errors;
      if (!validate552(data10, { instancePath: instancePath + "/next_attempt_at", parentData: data, parentDataProperty: "next_attempt_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs31 === errors;
      if (_valid3) {
        valid4 = true;
        passing3 = 0;
      }
      const _errs32 = errors;
      if (data10 !== null) {
        const err30 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/properties/next_attempt_at/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema352.properties.next_attempt_at.oneOf[1].type, parentSchema: schema352.properties.next_attempt_at.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid3 = _errs32 === errors;
      if (_valid3 && valid4) {
        valid4 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid4 = true;
          passing3 = 1;
        }
      }
      if (!valid4) {
        const err31 = { instancePath: instancePath + "/next_attempt_at", schemaPath: "#/properties/next_attempt_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, schema: schema352.properties.next_attempt_at.oneOf, parentSchema: schema352.properties.next_attempt_at, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
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
    if (data.created_at !== void 0) {
      if (!validate552(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema352.type, parentSchema: schema352, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate862.errors = vErrors;
  return errors === 0;
}
var evaluated_validate862 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate852(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate852;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.has_more === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "has_more" }, schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object" || key0 === "data" || key0 === "has_more")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema34, data };
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
        const err4 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema34.properties.object.type, parentSchema: schema34.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("list" !== data0) {
        const err5 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "list" }, schema: "list", parentSchema: schema34.properties.object, data: data0 };
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
          const err6 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema34.properties.data, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate862(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate862.errors : vErrors.concat(validate862.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, schema: schema34.properties.data.type, parentSchema: schema34.properties.data, data: data1 };
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
        const err8 = { instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, schema: schema34.properties.has_more.type, parentSchema: schema34.properties.has_more, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate852.errors = vErrors;
  return errors === 0;
}
var evaluated_validate852 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "type": "object", "required": ["object", "account_id", "event_id", "event_type", "deliveries", "published_at"], "properties": { "object": { "type": "string", "const": "event_publication" }, "account_id": { "$ref": "#/$defs/AccountId" }, "event_id": { "type": "string", "format": "uuid" }, "event_type": { "$ref": "#/$defs/EventType" }, "deliveries": { "type": "integer", "minimum": 0 }, "published_at": { "$ref": "#/$defs/Timestamp" } } };
var schema41 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$", "x-error-messages": { "type": '{field} must be an account id, such as "acme"', "pattern": '{field} must be 1 to 64 letters, digits or _.:- starting with a letter or a digit, such as "acme"' } };
var pattern52 = /* @__PURE__ */ new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$", "u");
function validate1002(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1002;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern52.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$" }, schema: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$", parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate1002.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1002 = { "dynamicProps": false, "dynamicItems": false };
function validate992(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate992;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.account_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account_id" }, schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.event_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event_id" }, schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.event_type === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event_type" }, schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.deliveries === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deliveries" }, schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.published_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "published_at" }, schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema40.properties.object.type, parentSchema: schema40.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if ("event_publication" !== data0) {
        const err7 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event_publication" }, schema: "event_publication", parentSchema: schema40.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.account_id !== void 0) {
      if (!validate1002(data.account_id, { instancePath: instancePath + "/account_id", parentData: data, parentDataProperty: "account_id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1002.errors : vErrors.concat(validate1002.errors);
        errors = vErrors.length;
      }
    }
    if (data.event_id !== void 0) {
      let data2 = data.event_id;
      if (typeof data2 === "string") {
        if (!formats02.test(data2)) {
          const err8 = { instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema40.properties.event_id, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/event_id", schemaPath: "#/properties/event_id/type", keyword: "type", params: { type: "string" }, schema: schema40.properties.event_id.type, parentSchema: schema40.properties.event_id, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.event_type !== void 0) {
      if (!validate912(data.event_type, { instancePath: instancePath + "/event_type", parentData: data, parentDataProperty: "event_type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate912.errors : vErrors.concat(validate912.errors);
        errors = vErrors.length;
      }
    }
    if (data.deliveries !== void 0) {
      let data4 = data.deliveries;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err10 = { instancePath: instancePath + "/deliveries", schemaPath: "#/properties/deliveries/type", keyword: "type", params: { type: "integer" }, schema: schema40.properties.deliveries.type, parentSchema: schema40.properties.deliveries, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/deliveries", schemaPath: "#/properties/deliveries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema40.properties.deliveries, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.published_at !== void 0) {
      if (!validate552(data.published_at, { instancePath: instancePath + "/published_at", parentData: data, parentDataProperty: "published_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate992.errors = vErrors;
  return errors === 0;
}
var evaluated_validate992 = { "props": { "object": true, "account_id": true, "event_id": true, "event_type": true, "deliveries": true, "published_at": true }, "dynamicProps": false, "dynamicItems": false };
var schema42 = { "type": "object", "required": ["account_id", "event"], "properties": { "account_id": { "$ref": "#/$defs/AccountId" }, "event": { "$ref": "#/$defs/Event" } }, "additionalProperties": false };
var schema43 = { "x-explain-with": "allOf", "type": "object", "required": ["type"], "properties": { "type": { "$ref": "#/$defs/EventType" } }, "allOf": [{ "if": { "required": ["type"], "properties": { "type": { "const": "business.created" } } }, "then": { "$ref": "#/$defs/BusinessCreatedEvent" } }, { "if": { "required": ["type"], "properties": { "type": { "const": "business.updated" } } }, "then": { "$ref": "#/$defs/BusinessUpdatedEvent" } }, { "if": { "required": ["type"], "properties": { "type": { "const": "business.approved" } } }, "then": { "$ref": "#/$defs/BusinessApprovedEvent" } }, { "if": { "required": ["type"], "properties": { "type": { "const": "business.rejected" } } }, "then": { "$ref": "#/$defs/BusinessRejectedEvent" } }, { "if": { "required": ["type"], "properties": { "type": { "const": "order.created" } } }, "then": { "$ref": "#/$defs/OrderCreatedEvent" } }, { "if": { "required": ["type"], "properties": { "type": { "const": "order.completed" } } }, "then": { "$ref": "#/$defs/OrderCompletedEvent" } }] };
var schema44 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "order.created" }, "data": { "$ref": "#/$defs/OrderEventData" } }, "unevaluatedProperties": false };
var schema45 = { "type": "object", "required": ["object"], "properties": { "object": { "$ref": "#/$defs/Order" } }, "additionalProperties": false };
var schema462 = { "type": "object", "required": ["object", "id", "business_id", "status", "products", "created_at", "completed_at"], "properties": { "object": { "type": "string", "const": "order" }, "id": { "type": "string", "format": "uuid" }, "business_id": { "type": "string", "format": "uuid" }, "status": { "type": "string", "enum": ["created", "in_progress", "completed", "cancelled"] }, "products": { "type": "array", "minItems": 1, "items": { "type": "string", "enum": ["identity", "tin", "watchlist", "litigation", "liens"] } }, "created_at": { "$ref": "#/$defs/Timestamp" }, "completed_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] } }, "additionalProperties": false };
function validate1142(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1142;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema462.required, parentSchema: schema462, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema462.required, parentSchema: schema462, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.business_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "business_id" }, schema: schema462.required, parentSchema: schema462, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema462.required, parentSchema: schema462, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.products === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "products" }, schema: schema462.required, parentSchema: schema462, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema462.required, parentSchema: schema462, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.completed_at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completed_at" }, schema: schema462.required, parentSchema: schema462, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object" || key0 === "id" || key0 === "business_id" || key0 === "status" || key0 === "products" || key0 === "created_at" || key0 === "completed_at")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema462, data };
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
        const err8 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema462.properties.object.type, parentSchema: schema462.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if ("order" !== data0) {
        const err9 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "order" }, schema: "order", parentSchema: schema462.properties.object, data: data0 };
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
          const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema462.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema462.properties.id.type, parentSchema: schema462.properties.id, data: data1 };
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
          const err12 = { instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema462.properties.business_id, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/type", keyword: "type", params: { type: "string" }, schema: schema462.properties.business_id.type, parentSchema: schema462.properties.business_id, data: data2 };
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
        const err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, schema: schema462.properties.status.type, parentSchema: schema462.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data3 === "created" || data3 === "in_progress" || data3 === "completed" || data3 === "cancelled")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema462.properties.status.enum }, schema: schema462.properties.status.enum, parentSchema: schema462.properties.status, data: data3 };
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
          const err16 = { instancePath: instancePath + "/products", schemaPath: "#/properties/products/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema462.properties.products, data: data4 };
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
            const err17 = { instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/type", keyword: "type", params: { type: "string" }, schema: schema462.properties.products.items.type, parentSchema: schema462.properties.products.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (!(data5 === "identity" || data5 === "tin" || data5 === "watchlist" || data5 === "litigation" || data5 === "liens")) {
            const err18 = { instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/enum", keyword: "enum", params: { allowedValues: schema462.properties.products.items.enum }, schema: schema462.properties.products.items.enum, parentSchema: schema462.properties.products.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/products", schemaPath: "#/properties/products/type", keyword: "type", params: { type: "array" }, schema: schema462.properties.products.type, parentSchema: schema462.properties.products, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      if (!validate552(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.completed_at !== void 0) {
      let data7 = data.completed_at;
      const _errs16 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs17 = errors;
      if (!validate552(data7, { instancePath: instancePath + "/completed_at", parentData: data, parentDataProperty: "completed_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs18 = errors;
      if (data7 !== null) {
        const err20 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema462.properties.completed_at.oneOf[1].type, parentSchema: schema462.properties.completed_at.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
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
        const err21 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema462.properties.completed_at.oneOf, parentSchema: schema462.properties.completed_at, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema462.type, parentSchema: schema462, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate1142.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1142 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate1132(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1132;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      if (!validate1142(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1142.errors : vErrors.concat(validate1142.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate1132.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1132 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate1112(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1112;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate542(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema44.required, parentSchema: schema44, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema44.properties.type.type, parentSchema: schema44.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("order.created" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.created" }, schema: "order.created", parentSchema: schema44.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate1132(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1132.errors : vErrors.concat(validate1132.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate1112.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1112 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema47 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "order.completed" }, "data": { "$ref": "#/$defs/OrderEventData" } }, "unevaluatedProperties": false };
function validate1202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1202;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate542(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema47.required, parentSchema: schema47, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema47.properties.type.type, parentSchema: schema47.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("order.completed" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.completed" }, schema: "order.completed", parentSchema: schema47.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate1132(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1132.errors : vErrors.concat(validate1132.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate1202.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1202 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate1062(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1062;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("business.created" !== data.type) {
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
    const _errs5 = errors;
    if (!validate762(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate762.errors : vErrors.concat(validate762.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = true;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema43.allOf[0].if, parentSchema: schema43.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("business.updated" !== data.type) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (!validate822(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate822.errors : vErrors.concat(validate822.errors);
      errors = vErrors.length;
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
    if (valid3) {
      var props1 = true;
    }
  }
  if (!valid3) {
    const err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema43.allOf[1].if, parentSchema: schema43.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("business.approved" !== data.type) {
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
  }
  var _valid2 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs15 = errors;
    if (!validate532(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate532.errors : vErrors.concat(validate532.errors);
      errors = vErrors.length;
    }
    var _valid2 = _errs15 === errors;
    valid5 = _valid2;
    if (valid5) {
      var props2 = true;
    }
  }
  if (!valid5) {
    const err8 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema43.allOf[2].if, parentSchema: schema43.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.type === void 0 && (missing3 = "type")) {
      const err9 = {};
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("business.rejected" !== data.type) {
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
  }
  var _valid3 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs20 = errors;
    if (!validate792(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate792.errors : vErrors.concat(validate792.errors);
      errors = vErrors.length;
    }
    var _valid3 = _errs20 === errors;
    valid7 = _valid3;
    if (valid7) {
      var props3 = true;
    }
  }
  if (!valid7) {
    const err11 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema43.allOf[3].if, parentSchema: schema43.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  const _errs22 = errors;
  let valid9 = true;
  const _errs23 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing4;
    if (data.type === void 0 && (missing4 = "type")) {
      const err12 = {};
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("order.created" !== data.type) {
          const err13 = {};
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs23 === errors;
  errors = _errs22;
  if (vErrors !== null) {
    if (_errs22) {
      vErrors.length = _errs22;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs25 = errors;
    if (!validate1112(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate1112.errors : vErrors.concat(validate1112.errors);
      errors = vErrors.length;
    }
    var _valid4 = _errs25 === errors;
    valid9 = _valid4;
    if (valid9) {
      var props4 = true;
    }
  }
  if (!valid9) {
    const err14 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema43.allOf[4].if, parentSchema: schema43.allOf[4], data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  if (props0 !== true && props4 !== void 0) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  const _errs27 = errors;
  let valid11 = true;
  const _errs28 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing5;
    if (data.type === void 0 && (missing5 = "type")) {
      const err15 = {};
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("order.completed" !== data.type) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs28 === errors;
  errors = _errs27;
  if (vErrors !== null) {
    if (_errs27) {
      vErrors.length = _errs27;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs30 = errors;
    if (!validate1202(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate1202.errors : vErrors.concat(validate1202.errors);
      errors = vErrors.length;
    }
    var _valid5 = _errs30 === errors;
    valid11 = _valid5;
    if (valid11) {
      var props5 = true;
    }
  }
  if (!valid11) {
    const err17 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema43.allOf[5].if, parentSchema: schema43.allOf[5], data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  if (props0 !== true && props5 !== void 0) {
    if (props5 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props5);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.type = true;
    }
    if (data.type !== void 0) {
      if (!validate912(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate912.errors : vErrors.concat(validate912.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate1062.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
var evaluated_validate1062 = { "dynamicProps": true, "dynamicItems": false };
function validate1042(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1042;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.account_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account_id" }, schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.event === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "account_id" || key0 === "event")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.account_id !== void 0) {
      if (!validate1002(data.account_id, { instancePath: instancePath + "/account_id", parentData: data, parentDataProperty: "account_id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1002.errors : vErrors.concat(validate1002.errors);
        errors = vErrors.length;
      }
    }
    if (data.event !== void 0) {
      if (!validate1062(data.event, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1062.errors : vErrors.concat(validate1062.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate1042.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1042 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema48 = { "type": "object", "required": ["keys"], "properties": { "keys": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "$ref": "#/$defs/JsonWebKey" } } }, "additionalProperties": false };
var schema492 = { "type": "object", "required": ["kty", "kid", "use", "alg"], "properties": { "kty": { "type": "string", "enum": ["RSA", "EC", "OKP"] }, "kid": { "type": "string", "minLength": 1, "maxLength": 200 }, "use": { "type": "string", "const": "sig" }, "alg": { "type": "string", "enum": ["RS256", "PS256", "ES256", "EdDSA"] }, "n": { "type": "string" }, "e": { "type": "string" }, "crv": { "type": "string", "enum": ["P-256", "Ed25519"] }, "x": { "type": "string" }, "y": { "type": "string" } }, "additionalProperties": false };
function validate1272(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1272;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kty === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kty" }, schema: schema492.required, parentSchema: schema492, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kid === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kid" }, schema: schema492.required, parentSchema: schema492, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.use === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "use" }, schema: schema492.required, parentSchema: schema492, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.alg === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "alg" }, schema: schema492.required, parentSchema: schema492, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema492.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema492, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kty !== void 0) {
      let data0 = data.kty;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/kty", schemaPath: "#/properties/kty/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.kty.type, parentSchema: schema492.properties.kty, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "RSA" || data0 === "EC" || data0 === "OKP")) {
        const err6 = { instancePath: instancePath + "/kty", schemaPath: "#/properties/kty/enum", keyword: "enum", params: { allowedValues: schema492.properties.kty.enum }, schema: schema492.properties.kty.enum, parentSchema: schema492.properties.kty, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kid !== void 0) {
      let data1 = data.kid;
      if (typeof data1 === "string") {
        if (func22(data1) > 200) {
          const err7 = { instancePath: instancePath + "/kid", schemaPath: "#/properties/kid/maxLength", keyword: "maxLength", params: { limit: 200 }, schema: 200, parentSchema: schema492.properties.kid, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func22(data1) < 1) {
          const err8 = { instancePath: instancePath + "/kid", schemaPath: "#/properties/kid/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema492.properties.kid, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/kid", schemaPath: "#/properties/kid/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.kid.type, parentSchema: schema492.properties.kid, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.use !== void 0) {
      let data2 = data.use;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/use", schemaPath: "#/properties/use/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.use.type, parentSchema: schema492.properties.use, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if ("sig" !== data2) {
        const err11 = { instancePath: instancePath + "/use", schemaPath: "#/properties/use/const", keyword: "const", params: { allowedValue: "sig" }, schema: "sig", parentSchema: schema492.properties.use, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.alg !== void 0) {
      let data3 = data.alg;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/alg", schemaPath: "#/properties/alg/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.alg.type, parentSchema: schema492.properties.alg, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data3 === "RS256" || data3 === "PS256" || data3 === "ES256" || data3 === "EdDSA")) {
        const err13 = { instancePath: instancePath + "/alg", schemaPath: "#/properties/alg/enum", keyword: "enum", params: { allowedValues: schema492.properties.alg.enum }, schema: schema492.properties.alg.enum, parentSchema: schema492.properties.alg, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.n !== void 0) {
      let data4 = data.n;
      if (typeof data4 !== "string") {
        const err14 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.n.type, parentSchema: schema492.properties.n, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.e !== void 0) {
      let data5 = data.e;
      if (typeof data5 !== "string") {
        const err15 = { instancePath: instancePath + "/e", schemaPath: "#/properties/e/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.e.type, parentSchema: schema492.properties.e, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.crv !== void 0) {
      let data6 = data.crv;
      if (typeof data6 !== "string") {
        const err16 = { instancePath: instancePath + "/crv", schemaPath: "#/properties/crv/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.crv.type, parentSchema: schema492.properties.crv, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data6 === "P-256" || data6 === "Ed25519")) {
        const err17 = { instancePath: instancePath + "/crv", schemaPath: "#/properties/crv/enum", keyword: "enum", params: { allowedValues: schema492.properties.crv.enum }, schema: schema492.properties.crv.enum, parentSchema: schema492.properties.crv, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.x !== void 0) {
      let data7 = data.x;
      if (typeof data7 !== "string") {
        const err18 = { instancePath: instancePath + "/x", schemaPath: "#/properties/x/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.x.type, parentSchema: schema492.properties.x, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.y !== void 0) {
      let data8 = data.y;
      if (typeof data8 !== "string") {
        const err19 = { instancePath: instancePath + "/y", schemaPath: "#/properties/y/type", keyword: "type", params: { type: "string" }, schema: schema492.properties.y.type, parentSchema: schema492.properties.y, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema492.type, parentSchema: schema492, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate1272.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1272 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate1262(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1262;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.keys === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keys" }, schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "keys")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema48, data };
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
          const err2 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/maxItems", keyword: "maxItems", params: { limit: 10 }, schema: 10, parentSchema: schema48.properties.keys, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema48.properties.keys, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate1272(data0[i0], { instancePath: instancePath + "/keys/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate1272.errors : vErrors.concat(validate1272.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "array" }, schema: schema48.properties.keys.type, parentSchema: schema48.properties.keys, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate1262.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1262 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate1292(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1292;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate542(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema47.required, parentSchema: schema47, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema47.properties.type.type, parentSchema: schema47.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("order.completed" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.completed" }, schema: "order.completed", parentSchema: schema47.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate1132(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1132.errors : vErrors.concat(validate1132.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate1292.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1292 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate1322(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1322;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate542(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema44.required, parentSchema: schema44, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema44.properties.type.type, parentSchema: schema44.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("order.created" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.created" }, schema: "order.created", parentSchema: schema44.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate1132(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1132.errors : vErrors.concat(validate1132.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (key0 !== "type" && key0 !== "data" && key0 !== "object" && key0 !== "id" && key0 !== "created_at") {
        const err3 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate1322.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1322 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema52 = { "type": "object", "required": ["type", "title", "status"], "properties": { "type": { "type": "string", "maxLength": 2048, "if": { "type": "string", "maxLength": 2048 }, "then": { "type": "string", "format": "uri-reference" } }, "title": { "type": "string" }, "status": { "type": "integer", "minimum": 400, "maximum": 599 }, "detail": { "type": "string" }, "instance": { "type": "string", "maxLength": 65536, "if": { "type": "string", "maxLength": 65536 }, "then": { "type": "string", "format": "uri-reference" } }, "errors": { "type": "array", "items": { "$ref": "#/$defs/ValidationError" } } }, "additionalProperties": false };
var formats202 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
var schema53 = { "type": "object", "required": ["pointer", "message"], "properties": { "pointer": { "type": "string" }, "message": { "type": "string" } }, "additionalProperties": false };
function validate1362(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1362;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pointer === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pointer" }, schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "pointer" || key0 === "message")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.pointer !== void 0) {
      let data0 = data.pointer;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/type", keyword: "type", params: { type: "string" }, schema: schema53.properties.pointer.type, parentSchema: schema53.properties.pointer, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data1 = data.message;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, schema: schema53.properties.message.type, parentSchema: schema53.properties.message, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate1362.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1362 = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate1352(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1352;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "title" || key0 === "status" || key0 === "detail" || key0 === "instance" || key0 === "errors")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema52, data };
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
      const _errs4 = errors;
      let valid1 = true;
      const _errs5 = errors;
      if (errors === _errs5) {
        if (typeof data0 === "string") {
          if (func22(data0) > 2048) {
            const err4 = {};
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
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
        const _errs7 = errors;
        if (typeof data0 === "string") {
          if (!formats202.test(data0)) {
            const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/then/format", keyword: "format", params: { format: "uri-reference" }, schema: "uri-reference", parentSchema: schema52.properties.type.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/then/type", keyword: "type", params: { type: "string" }, schema: schema52.properties.type.then.type, parentSchema: schema52.properties.type.then, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid1 = _valid0;
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema52.properties.type.if, parentSchema: schema52.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func22(data0) > 2048) {
          const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema52.properties.type, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema52.properties.type.type, parentSchema: schema52.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 !== "string") {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, schema: schema52.properties.title.type, parentSchema: schema52.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" }, schema: schema52.properties.status.type, parentSchema: schema52.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 599 || isNaN(data2)) {
          const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, schema: 599, parentSchema: schema52.properties.status, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2 < 400 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 400 }, schema: 400, parentSchema: schema52.properties.status, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.detail !== void 0) {
      let data3 = data.detail;
      if (typeof data3 !== "string") {
        const err15 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, schema: schema52.properties.detail.type, parentSchema: schema52.properties.detail, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.instance !== void 0) {
      let data4 = data.instance;
      const _errs17 = errors;
      let valid2 = true;
      const _errs18 = errors;
      if (errors === _errs18) {
        if (typeof data4 === "string") {
          if (func22(data4) > 65536) {
            const err16 = {};
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = {};
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      var _valid1 = _errs18 === errors;
      errors = _errs17;
      if (vErrors !== null) {
        if (_errs17) {
          vErrors.length = _errs17;
        } else {
          vErrors = null;
        }
      }
      if (_valid1) {
        const _errs20 = errors;
        if (typeof data4 === "string") {
          if (!formats202.test(data4)) {
            const err18 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/then/format", keyword: "format", params: { format: "uri-reference" }, schema: "uri-reference", parentSchema: schema52.properties.instance.then, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        } else {
          const err19 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/then/type", keyword: "type", params: { type: "string" }, schema: schema52.properties.instance.then.type, parentSchema: schema52.properties.instance.then, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        var _valid1 = _errs20 === errors;
        valid2 = _valid1;
      }
      if (!valid2) {
        const err20 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema52.properties.instance.if, parentSchema: schema52.properties.instance, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func22(data4) > 65536) {
          const err21 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/maxLength", keyword: "maxLength", params: { limit: 65536 }, schema: 65536, parentSchema: schema52.properties.instance, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "string" }, schema: schema52.properties.instance.type, parentSchema: schema52.properties.instance, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.errors !== void 0) {
      let data5 = data.errors;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate1362(data5[i0], { instancePath: instancePath + "/errors/" + i0, parentData: data5, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate1362.errors : vErrors.concat(validate1362.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, schema: schema52.properties.errors.type, parentSchema: schema52.properties.errors, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate1352.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1352 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema542 = { "type": "object", "required": ["object", "id", "url", "enabled_events", "include", "oidc_auth_method", "oidc_client_id", "oidc_token_endpoint", "oidc_resource_uri", "oidc_scope", "oidc_access_token_ttl_seconds", "created_at", "updated_at", "disabled_at", "disabled_reason"], "properties": { "object": { "type": "string", "const": "webhook" }, "id": { "$ref": "#/$defs/WebhookId" }, "url": { "$ref": "#/$defs/HttpsUrl" }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "include": { "$ref": "#/$defs/Include" }, "oidc_auth_method": { "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "oneOf": [{ "$ref": "#/$defs/OidcClientId" }, { "type": "null" }] }, "oidc_token_endpoint": { "oneOf": [{ "$ref": "#/$defs/OidcTokenEndpoint" }, { "type": "null" }] }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "oneOf": [{ "$ref": "#/$defs/OidcAccessTokenTtlSeconds" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "disabled_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "disabled_reason": { "oneOf": [{ "type": "string", "maxLength": 1e3 }, { "type": "null" }] } }, "additionalProperties": false };
var schema55 = { "type": "string", "minLength": 9, "maxLength": 2048, "x-error-messages": { "type": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "format": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "pattern": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "minLength": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "maxLength": "{field} must be at most 2048 characters long, such as https://hooks.example.com/webhooks" }, "if": { "type": "string", "maxLength": 2048 }, "then": { "type": "string", "pattern": "^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$", "format": "uri", "x-error-messages": { "type": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "format": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "pattern": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "minLength": "{field} must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks", "maxLength": "{field} must be at most 2048 characters long, such as https://hooks.example.com/webhooks" } } };
var formats242 = format_uri;
var pattern62 = /* @__PURE__ */ new RegExp("^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$", "u");
function validate1402(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1402;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func22(data) > 2048) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (typeof data === "string") {
      if (!pattern62.test(data)) {
        const err2 = { instancePath, schemaPath: "#/then/pattern", keyword: "pattern", params: { pattern: "^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$" }, schema: "^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$", parentSchema: schema55.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!formats242(data)) {
        const err3 = { instancePath, schemaPath: "#/then/format", keyword: "format", params: { format: "uri" }, schema: "uri", parentSchema: schema55.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" }, schema: schema55.then.type, parentSchema: schema55.then, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema55.if, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func22(data) > 2048) {
      const err6 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (func22(data) < 9) {
      const err7 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 9 }, schema: 9, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate1402.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1402 = { "dynamicProps": false, "dynamicItems": false };
var schema56 = { "type": "array", "minItems": 1, "maxItems": 100, "uniqueItems": true, "items": { "$ref": "#/$defs/EnabledEventType" }, "x-explain-with": "allOf", "if": { "contains": { "const": "*" } }, "then": { "maxItems": 1, "x-error-messages": { "maxItems": '{field}: "*" cannot be combined with other events; send ["*"] alone, or event types only, such as ["order.created"]' } }, "x-error-messages": { "type": '{field} must be an array of event types, such as ["order.created"], or ["*"] for all events', "minItems": '{field} must list at least one event type, such as ["order.created"], or ["*"] for all events', "uniqueItems": '{field} lists an event type more than once; list each once, such as ["business.created", "business.updated"]', "maxItems": '{field} must list at most 100 event types, such as ["order.created"], or ["*"] for all events' } };
var schema57 = { "anyOf": [{ "type": "string", "const": "*" }, { "$ref": "#/$defs/EventType" }], "x-error-messages": { "anyOf": '{field} is not a known event type; use "*" or one of the event types listed in the webhooks section, such as "business.approved"' } };
function validate1432(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1432;
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
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, schema: schema57.anyOf[0].type, parentSchema: schema57.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ("*" !== data) {
    const err1 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "*" }, schema: "*", parentSchema: schema57.anyOf[0], data };
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
  if (!validate912(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate912.errors : vErrors.concat(validate912.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, schema: schema57.anyOf, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
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
  validate1432.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1432 = { "dynamicProps": false, "dynamicItems": false };
var func02 = equal;
function validate1422(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1422;
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
        const err2 = { instancePath, schemaPath: "#/then/maxItems", keyword: "maxItems", params: { limit: 1 }, schema: 1, parentSchema: schema56.then, data };
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
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema56.if, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err4 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.length < 1) {
      const err5 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    const len1 = data.length;
    for (let i1 = 0; i1 < len1; i1++) {
      if (!validate1432(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1432.errors : vErrors.concat(validate1432.errors);
        errors = vErrors.length;
      }
    }
    let i2 = data.length;
    let j0;
    if (i2 > 1) {
      outer0: for (; i2--; ) {
        for (j0 = i2; j0--; ) {
          if (func02(data[i2], data[j0])) {
            const err6 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, schema: true, parentSchema: schema56, data };
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
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate1422.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1422 = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema58 = { "type": "string", "maxLength": 256, "x-error-messages": { "type": '{field} must be "*", "identifiers", or a comma-delimited list of associations (addresses, names, people, registrations, tin, watchlist), such as "addresses,people"', "pattern": '{field} must be "*", "identifiers", or a comma-delimited list of associations (addresses, names, people, registrations, tin, watchlist), such as "addresses,people"', "maxLength": '{field} must be at most 256 characters long, such as "addresses,people"' }, "if": { "type": "string", "maxLength": 256 }, "then": { "type": "string", "pattern": "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", "x-error-messages": { "type": '{field} must be "*", "identifiers", or a comma-delimited list of associations (addresses, names, people, registrations, tin, watchlist), such as "addresses,people"', "pattern": '{field} must be "*", "identifiers", or a comma-delimited list of associations (addresses, names, people, registrations, tin, watchlist), such as "addresses,people"', "maxLength": '{field} must be at most 256 characters long, such as "addresses,people"' } } };
var pattern72 = /* @__PURE__ */ new RegExp("^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", "u");
function validate1472(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1472;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func22(data) > 256) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (typeof data === "string") {
      if (!pattern72.test(data)) {
        const err2 = { instancePath, schemaPath: "#/then/pattern", keyword: "pattern", params: { pattern: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$" }, schema: "^(\\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$", parentSchema: schema58.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" }, schema: schema58.then.type, parentSchema: schema58.then, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema58.if, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func22(data) > 256) {
      const err5 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 }, schema: 256, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate1472.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1472 = { "dynamicProps": false, "dynamicItems": false };
var schema592 = { "type": "string", "enum": ["private_key_jwt", "client_secret"], "x-error-messages": { "enum": '{field} must be "client_secret" or "private_key_jwt"', "type": '{field} must be "client_secret" or "private_key_jwt"' } };
function validate1492(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1492;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema592.type, parentSchema: schema592, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "private_key_jwt" || data === "client_secret")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema592.enum }, schema: schema592.enum, parentSchema: schema592, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate1492.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1492 = { "dynamicProps": false, "dynamicItems": false };
var schema60 = { "type": "string", "minLength": 1, "maxLength": 255, "x-error-messages": { "type": "{field} must be 1 to 255 characters long, such as 0oa4x8webhooks (the client ID your identity provider issued)", "minLength": "{field} must be 1 to 255 characters long, such as 0oa4x8webhooks (the client ID your identity provider issued)", "maxLength": "{field} must be 1 to 255 characters long, such as 0oa4x8webhooks (the client ID your identity provider issued)" } };
function validate1512(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1512;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func22(data) > 255) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 255 }, schema: 255, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func22(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate1512.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1512 = { "dynamicProps": false, "dynamicItems": false };
var schema61 = { "type": "string", "minLength": 9, "maxLength": 2048, "x-error-messages": { "type": "{field} must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token", "format": "{field} must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token", "pattern": "{field} must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token", "minLength": "{field} must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token", "maxLength": "{field} must be at most 2048 characters long, such as https://idp.example.com/oauth2/token" }, "if": { "type": "string", "maxLength": 2048 }, "then": { "type": "string", "pattern": "^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$", "format": "uri", "x-error-messages": { "type": "{field} must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token", "format": "{field} must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token", "pattern": "{field} must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token", "minLength": "{field} must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token", "maxLength": "{field} must be at most 2048 characters long, such as https://idp.example.com/oauth2/token" } } };
function validate1532(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1532;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func22(data) > 2048) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (typeof data === "string") {
      if (!pattern62.test(data)) {
        const err2 = { instancePath, schemaPath: "#/then/pattern", keyword: "pattern", params: { pattern: "^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$" }, schema: "^(https://[^\\s/?#@]+|http://(([^\\s/?#@:]+\\.)?localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?)([/?#]\\S*)?$", parentSchema: schema61.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!formats242(data)) {
        const err3 = { instancePath, schemaPath: "#/then/format", keyword: "format", params: { format: "uri" }, schema: "uri", parentSchema: schema61.then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" }, schema: schema61.then.type, parentSchema: schema61.then, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema61.if, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func22(data) > 2048) {
      const err6 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (func22(data) < 9) {
      const err7 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 9 }, schema: 9, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate1532.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1532 = { "dynamicProps": false, "dynamicItems": false };
var schema62 = { "type": "string", "maxLength": 2048, "x-error-messages": { "type": '{field} must be an absolute URI, such as "api://my-app" or "https://graph.example.com"', "format": '{field} must be an absolute URI, such as "api://my-app" or "https://graph.example.com"', "maxLength": '{field} must be at most 2048 characters long, such as "api://my-app"' }, "if": { "type": "string", "maxLength": 2048 }, "then": { "type": "string", "format": "uri", "x-error-messages": { "type": '{field} must be an absolute URI, such as "api://my-app" or "https://graph.example.com"', "format": '{field} must be an absolute URI, such as "api://my-app" or "https://graph.example.com"', "maxLength": '{field} must be at most 2048 characters long, such as "api://my-app"' } } };
function validate155(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate155;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func22(data) > 2048) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (typeof data === "string") {
      if (!formats242(data)) {
        const err2 = { instancePath, schemaPath: "#/then/format", keyword: "format", params: { format: "uri" }, schema: "uri", parentSchema: schema62.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" }, schema: schema62.then.type, parentSchema: schema62.then, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema62.if, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func22(data) > 2048) {
      const err5 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 }, schema: 2048, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate155.errors = vErrors;
  return errors === 0;
}
var evaluated_validate155 = { "dynamicProps": false, "dynamicItems": false };
var schema63 = { "type": "string", "minLength": 1, "maxLength": 1024, "x-error-messages": { "type": '{field} must be space-separated OAuth 2.0 scope tokens (printable ASCII, no quotes or backslashes), such as "openid webhooks.receive"', "minLength": '{field} must be space-separated OAuth 2.0 scope tokens (printable ASCII, no quotes or backslashes), such as "openid webhooks.receive"', "pattern": '{field} must be space-separated OAuth 2.0 scope tokens (printable ASCII, no quotes or backslashes), such as "openid webhooks.receive"', "maxLength": '{field} must be at most 1024 characters long, such as "openid webhooks.receive"' }, "if": { "type": "string", "maxLength": 1024 }, "then": { "type": "string", "pattern": "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "x-error-messages": { "type": '{field} must be space-separated OAuth 2.0 scope tokens (printable ASCII, no quotes or backslashes), such as "openid webhooks.receive"', "minLength": '{field} must be space-separated OAuth 2.0 scope tokens (printable ASCII, no quotes or backslashes), such as "openid webhooks.receive"', "pattern": '{field} must be space-separated OAuth 2.0 scope tokens (printable ASCII, no quotes or backslashes), such as "openid webhooks.receive"', "maxLength": '{field} must be at most 1024 characters long, such as "openid webhooks.receive"' } } };
var pattern92 = /* @__PURE__ */ new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "u");
function validate157(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate157;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (func22(data) > 1024) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
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
    const _errs4 = errors;
    if (typeof data === "string") {
      if (!pattern92.test(data)) {
        const err2 = { instancePath, schemaPath: "#/then/pattern", keyword: "pattern", params: { pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$" }, schema: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", parentSchema: schema63.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" }, schema: schema63.then.type, parentSchema: schema63.then, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema63.if, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func22(data) > 1024) {
      const err5 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 }, schema: 1024, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (func22(data) < 1) {
      const err6 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate157.errors = vErrors;
  return errors === 0;
}
var evaluated_validate157 = { "dynamicProps": false, "dynamicItems": false };
var schema64 = { "type": "integer", "minimum": 60, "maximum": 86400, "x-error-messages": { "type": "{field} must be a whole number of seconds, such as 3600", "minimum": "{field} must be at least 60 seconds, such as 3600", "maximum": "{field} must be at most 86400 seconds (one day), such as 3600" } };
function validate159(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate159;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 86400 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, schema: 86400, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 60 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, schema: 60, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate159.errors = vErrors;
  return errors === 0;
}
var evaluated_validate159 = { "dynamicProps": false, "dynamicItems": false };
function validate1382(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1382;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.enabled_events === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enabled_events" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.include === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "include" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.oidc_auth_method === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_auth_method" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.oidc_client_id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_client_id" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.oidc_token_endpoint === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_token_endpoint" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.oidc_resource_uri === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_resource_uri" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.oidc_scope === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_scope" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.oidc_access_token_ttl_seconds === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_access_token_ttl_seconds" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.disabled_at === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "disabled_at" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.disabled_reason === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "disabled_reason" }, schema: schema542.required, parentSchema: schema542, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema542.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema542, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err16 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema542.properties.object.type, parentSchema: schema542.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if ("webhook" !== data0) {
        const err17 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "webhook" }, schema: "webhook", parentSchema: schema542.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (!validate892(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate892.errors : vErrors.concat(validate892.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== void 0) {
      if (!validate1402(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1402.errors : vErrors.concat(validate1402.errors);
        errors = vErrors.length;
      }
    }
    if (data.enabled_events !== void 0) {
      if (!validate1422(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1422.errors : vErrors.concat(validate1422.errors);
        errors = vErrors.length;
      }
    }
    if (data.include !== void 0) {
      if (!validate1472(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1472.errors : vErrors.concat(validate1472.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_auth_method !== void 0) {
      let data5 = data.oidc_auth_method;
      const _errs9 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (!validate1492(data5, { instancePath: instancePath + "/oidc_auth_method", parentData: data, parentDataProperty: "oidc_auth_method", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1492.errors : vErrors.concat(validate1492.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs11 = errors;
      if (data5 !== null) {
        const err18 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema542.properties.oidc_auth_method.oneOf[1].type, parentSchema: schema542.properties.oidc_auth_method.oneOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err19 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema542.properties.oidc_auth_method.oneOf, parentSchema: schema542.properties.oidc_auth_method, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_client_id !== void 0) {
      let data6 = data.oidc_client_id;
      const _errs14 = errors;
      let valid2 = false;
      let passing1 = null;
      const _errs15 = errors;
      if (!validate1512(data6, { instancePath: instancePath + "/oidc_client_id", parentData: data, parentDataProperty: "oidc_client_id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1512.errors : vErrors.concat(validate1512.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs15 === errors;
      if (_valid1) {
        valid2 = true;
        passing1 = 0;
      }
      const _errs16 = errors;
      if (data6 !== null) {
        const err20 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema542.properties.oidc_client_id.oneOf[1].type, parentSchema: schema542.properties.oidc_client_id.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1 && valid2) {
        valid2 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid2 = true;
          passing1 = 1;
        }
      }
      if (!valid2) {
        const err21 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, schema: schema542.properties.oidc_client_id.oneOf, parentSchema: schema542.properties.oidc_client_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_token_endpoint !== void 0) {
      let data7 = data.oidc_token_endpoint;
      const _errs19 = errors;
      let valid3 = false;
      let passing2 = null;
      const _errs20 = errors;
      if (!validate1532(data7, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1532.errors : vErrors.concat(validate1532.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs20 === errors;
      if (_valid2) {
        valid3 = true;
        passing2 = 0;
      }
      const _errs21 = errors;
      if (data7 !== null) {
        const err22 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema542.properties.oidc_token_endpoint.oneOf[1].type, parentSchema: schema542.properties.oidc_token_endpoint.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid2 = _errs21 === errors;
      if (_valid2 && valid3) {
        valid3 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid3 = true;
          passing2 = 1;
        }
      }
      if (!valid3) {
        const err23 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, schema: schema542.properties.oidc_token_endpoint.oneOf, parentSchema: schema542.properties.oidc_token_endpoint, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
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
    if (data.oidc_resource_uri !== void 0) {
      let data8 = data.oidc_resource_uri;
      const _errs24 = errors;
      let valid4 = false;
      let passing3 = null;
      const _errs25 = errors;
      if (!validate155(data8, { instancePath: instancePath + "/oidc_resource_uri", parentData: data, parentDataProperty: "oidc_resource_uri", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs25 === errors;
      if (_valid3) {
        valid4 = true;
        passing3 = 0;
      }
      const _errs26 = errors;
      if (data8 !== null) {
        const err24 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema542.properties.oidc_resource_uri.oneOf[1].type, parentSchema: schema542.properties.oidc_resource_uri.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid3 = _errs26 === errors;
      if (_valid3 && valid4) {
        valid4 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid4 = true;
          passing3 = 1;
        }
      }
      if (!valid4) {
        const err25 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, schema: schema542.properties.oidc_resource_uri.oneOf, parentSchema: schema542.properties.oidc_resource_uri, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_scope !== void 0) {
      let data9 = data.oidc_scope;
      const _errs29 = errors;
      let valid5 = false;
      let passing4 = null;
      const _errs30 = errors;
      if (!validate157(data9, { instancePath: instancePath + "/oidc_scope", parentData: data, parentDataProperty: "oidc_scope", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate157.errors : vErrors.concat(validate157.errors);
        errors = vErrors.length;
      }
      var _valid4 = _errs30 === errors;
      if (_valid4) {
        valid5 = true;
        passing4 = 0;
      }
      const _errs31 = errors;
      if (data9 !== null) {
        const err26 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema542.properties.oidc_scope.oneOf[1].type, parentSchema: schema542.properties.oidc_scope.oneOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid4 = _errs31 === errors;
      if (_valid4 && valid5) {
        valid5 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid5 = true;
          passing4 = 1;
        }
      }
      if (!valid5) {
        const err27 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, schema: schema542.properties.oidc_scope.oneOf, parentSchema: schema542.properties.oidc_scope, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_access_token_ttl_seconds !== void 0) {
      let data10 = data.oidc_access_token_ttl_seconds;
      const _errs34 = errors;
      let valid6 = false;
      let passing5 = null;
      const _errs35 = errors;
      if (!validate159(data10, { instancePath: instancePath + "/oidc_access_token_ttl_seconds", parentData: data, parentDataProperty: "oidc_access_token_ttl_seconds", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
      var _valid5 = _errs35 === errors;
      if (_valid5) {
        valid6 = true;
        passing5 = 0;
      }
      const _errs36 = errors;
      if (data10 !== null) {
        const err28 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema542.properties.oidc_access_token_ttl_seconds.oneOf[1].type, parentSchema: schema542.properties.oidc_access_token_ttl_seconds.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid5 = _errs36 === errors;
      if (_valid5 && valid6) {
        valid6 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid6 = true;
          passing5 = 1;
        }
      }
      if (!valid6) {
        const err29 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, schema: schema542.properties.oidc_access_token_ttl_seconds.oneOf, parentSchema: schema542.properties.oidc_access_token_ttl_seconds, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
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
    if (data.created_at !== void 0) {
      if (!validate552(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.updated_at !== void 0) {
      if (!validate552(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.disabled_at !== void 0) {
      let data13 = data.disabled_at;
      const _errs41 = errors;
      let valid7 = false;
      let passing6 = null;
      const _errs42 = errors;
      if (!validate552(data13, { instancePath: instancePath + "/disabled_at", parentData: data, parentDataProperty: "disabled_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs42 === errors;
      if (_valid6) {
        valid7 = true;
        passing6 = 0;
      }
      const _errs43 = errors;
      if (data13 !== null) {
        const err30 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema542.properties.disabled_at.oneOf[1].type, parentSchema: schema542.properties.disabled_at.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid6 = _errs43 === errors;
      if (_valid6 && valid7) {
        valid7 = false;
        passing6 = [passing6, 1];
      } else {
        if (_valid6) {
          valid7 = true;
          passing6 = 1;
        }
      }
      if (!valid7) {
        const err31 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, schema: schema542.properties.disabled_at.oneOf, parentSchema: schema542.properties.disabled_at, data: data13 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
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
    if (data.disabled_reason !== void 0) {
      let data14 = data.disabled_reason;
      const _errs46 = errors;
      let valid8 = false;
      let passing7 = null;
      const _errs47 = errors;
      if (typeof data14 === "string") {
        if (func22(data14) > 1e3) {
          const err32 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1e3 }, schema: 1e3, parentSchema: schema542.properties.disabled_reason.oneOf[0], data: data14 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/0/type", keyword: "type", params: { type: "string" }, schema: schema542.properties.disabled_reason.oneOf[0].type, parentSchema: schema542.properties.disabled_reason.oneOf[0], data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid7 = _errs47 === errors;
      if (_valid7) {
        valid8 = true;
        passing7 = 0;
      }
      const _errs49 = errors;
      if (data14 !== null) {
        const err34 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema542.properties.disabled_reason.oneOf[1].type, parentSchema: schema542.properties.disabled_reason.oneOf[1], data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid7 = _errs49 === errors;
      if (_valid7 && valid8) {
        valid8 = false;
        passing7 = [passing7, 1];
      } else {
        if (_valid7) {
          valid8 = true;
          passing7 = 1;
        }
      }
      if (!valid8) {
        const err35 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, schema: schema542.properties.disabled_reason.oneOf, parentSchema: schema542.properties.disabled_reason, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      } else {
        errors = _errs46;
        if (vErrors !== null) {
          if (_errs46) {
            vErrors.length = _errs46;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema542.type, parentSchema: schema542, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate1382.errors = vErrors;
  return errors === 0;
}
var evaluated_validate1382 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema652 = { "type": "object", "required": ["url", "enabled_events"], "properties": { "url": { "$ref": "#/$defs/HttpsUrl" }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "secret": { "$ref": "#/$defs/WebhookSecret" }, "include": { "$ref": "#/$defs/Include" }, "oidc_auth_method": { "$ref": "#/$defs/OidcAuthMethod" }, "oidc_client_id": { "$ref": "#/$defs/OidcClientId" }, "oidc_client_secret": { "$ref": "#/$defs/OidcClientSecret" }, "oidc_token_endpoint": { "$ref": "#/$defs/OidcTokenEndpoint" }, "oidc_resource_uri": { "$ref": "#/$defs/OidcResourceUri" }, "oidc_scope": { "$ref": "#/$defs/OidcScope" }, "oidc_access_token_ttl_seconds": { "$ref": "#/$defs/OidcAccessTokenTtlSeconds" } }, "additionalProperties": false, "allOf": [{ "$ref": "#/$defs/OidcRules" }], "x-explain-with": "allOf", "x-error-messages": { "required": "{field} is required", "additionalProperties": "{field} is not a known field", "type": "the request body must be a JSON object" } };
var schema66 = { "allOf": [{ "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "const": "client_secret" } } }, "then": { "type": "object", "required": ["oidc_client_id", "oidc_client_secret", "oidc_token_endpoint", "oidc_access_token_ttl_seconds"], "x-error-messages": { "required": '{field} is required when oidc_auth_method is "client_secret"' } } }, { "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "const": "private_key_jwt" } } }, "then": { "type": "object", "required": ["oidc_client_id", "oidc_token_endpoint", "oidc_access_token_ttl_seconds"], "properties": { "oidc_client_secret": { "not": {}, "x-error-messages": { "not": 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"' } } }, "x-error-messages": { "required": '{field} is required when oidc_auth_method is "private_key_jwt"' } } }, { "if": { "type": "object", "not": { "type": "object", "required": ["oidc_auth_method"] } }, "then": { "type": "object", "propertyNames": { "not": { "pattern": "^oidc_" } }, "x-error-messages": { "propertyNames": '{field} needs oidc_auth_method: set oidc_auth_method to "client_secret" or "private_key_jwt", or remove {field}' } } }] };
var pattern102 = /* @__PURE__ */ new RegExp("^oidc_", "u");
function validate1652(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate1652;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid1 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
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
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.oidc_client_id === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "oidc_client_id" }, schema: schema66.allOf[0].then.required, parentSchema: schema66.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.oidc_client_secret === void 0) {
        const err4 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "oidc_client_secret" }, schema: schema66.allOf[0].then.required, parentSchema: schema66.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.oidc_token_endpoint === void 0) {
        const err5 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "oidc_token_endpoint" }, schema: schema66.allOf[0].then.required, parentSchema: schema66.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.oidc_access_token_ttl_seconds === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "oidc_access_token_ttl_seconds" }, schema: schema66.allOf[0].then.required, parentSchema: schema66.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/allOf/0/then/type", keyword: "type", params: { type: "object" }, schema: schema66.allOf[0].then.type, parentSchema: schema66.allOf[0].then, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err8 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema66.allOf[0].if, parentSchema: schema66.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  const _errs9 = errors;
  let valid3 = true;
  const _errs10 = errors;
  if (errors === _errs10) {
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
  var _valid1 = _errs10 === errors;
  errors = _errs9;
  if (vErrors !== null) {
    if (_errs9) {
      vErrors.length = _errs9;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.oidc_client_id === void 0) {
        const err12 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "oidc_client_id" }, schema: schema66.allOf[1].then.required, parentSchema: schema66.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.oidc_token_endpoint === void 0) {
        const err13 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "oidc_token_endpoint" }, schema: schema66.allOf[1].then.required, parentSchema: schema66.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.oidc_access_token_ttl_seconds === void 0) {
        const err14 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "oidc_access_token_ttl_seconds" }, schema: schema66.allOf[1].then.required, parentSchema: schema66.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data.oidc_client_secret !== void 0) {
        const err15 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/allOf/1/then/properties/oidc_client_secret/not", keyword: "not", params: {}, schema: schema66.allOf[1].then.properties.oidc_client_secret.not, parentSchema: schema66.allOf[1].then.properties.oidc_client_secret, data: data.oidc_client_secret };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    } else {
      const err16 = { instancePath, schemaPath: "#/allOf/1/then/type", keyword: "type", params: { type: "object" }, schema: schema66.allOf[1].then.type, parentSchema: schema66.allOf[1].then, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    var _valid1 = _errs13 === errors;
    valid3 = _valid1;
    if (valid3) {
      var props0 = {};
      props0.oidc_client_secret = true;
      props0.oidc_auth_method = true;
    }
  }
  if (!valid3) {
    const err17 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema66.allOf[1].if, parentSchema: schema66.allOf[1], data };
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
  const _errs20 = errors;
  let valid6 = true;
  const _errs21 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err18 = {};
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  const _errs23 = errors;
  const _errs24 = errors;
  if (errors === _errs24) {
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
  var valid7 = _errs24 === errors;
  if (valid7) {
    const err21 = {};
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  } else {
    errors = _errs23;
    if (vErrors !== null) {
      if (_errs23) {
        vErrors.length = _errs23;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid2 = _errs21 === errors;
  errors = _errs20;
  if (vErrors !== null) {
    if (_errs20) {
      vErrors.length = _errs20;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs26 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs29 = errors;
        const _errs30 = errors;
        const _errs31 = errors;
        if (typeof key0 === "string") {
          if (!pattern102.test(key0)) {
            const err22 = {};
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        var valid9 = _errs31 === errors;
        if (valid9) {
          const err23 = { instancePath, schemaPath: "#/allOf/2/then/propertyNames/not", keyword: "not", params: {}, schema: schema66.allOf[2].then.propertyNames.not, parentSchema: schema66.allOf[2].then.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
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
        var valid8 = _errs29 === errors;
        if (!valid8) {
          const err24 = { instancePath, schemaPath: "#/allOf/2/then/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, schema: schema66.allOf[2].then.propertyNames, parentSchema: schema66.allOf[2].then, data };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    } else {
      const err25 = { instancePath, schemaPath: "#/allOf/2/then/type", keyword: "type", params: { type: "object" }, schema: schema66.allOf[2].then.type, parentSchema: schema66.allOf[2].then, data };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    var _valid2 = _errs26 === errors;
    valid6 = _valid2;
  }
  if (!valid6) {
    const err26 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema66.allOf[2].if, parentSchema: schema66.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate1652.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
var evaluated_validate1652 = { "dynamicProps": true, "dynamicItems": false };
var schema67 = { "type": "string", "minLength": 16, "maxLength": 256, "if": { "pattern": "^whsec_" }, "then": { "type": "string", "maxLength": 256, "x-error-messages": { "pattern": '{field} starts with whsec_, so the rest must be standard base64 of 24 to 64 bytes (the Standard Webhooks rule), such as whsec_ and 32 random bytes in base64 (echo "whsec_$(openssl rand -base64 32)" prints one); a secret without the prefix is used as its UTF-8 bytes' }, "if": { "type": "string", "maxLength": 256 }, "then": { "type": "string", "pattern": "^whsec_(?:(?:[A-Za-z0-9+/]{4}){8,21}(?:[A-Za-z0-9+/]{2}==)?|(?:[A-Za-z0-9+/]{4}){8,20}[A-Za-z0-9+/]{3}=)$", "x-error-messages": { "pattern": '{field} starts with whsec_, so the rest must be standard base64 of 24 to 64 bytes (the Standard Webhooks rule), such as whsec_ and 32 random bytes in base64 (echo "whsec_$(openssl rand -base64 32)" prints one); a secret without the prefix is used as its UTF-8 bytes' } } }, "x-error-messages": { "type": "{field} must be 16 to 256 characters long, such as 32 random characters (openssl rand -hex 16 prints some)", "minLength": "{field} must be 16 to 256 characters long, such as 32 random characters (openssl rand -hex 16 prints some)", "maxLength": "{field} must be 16 to 256 characters long, such as 32 random characters (openssl rand -hex 16 prints some)" } };
var pattern112 = /* @__PURE__ */ new RegExp("^whsec_", "u");
var pattern122 = /* @__PURE__ */ new RegExp("^whsec_(?:(?:[A-Za-z0-9+/]{4}){8,21}(?:[A-Za-z0-9+/]{2}==)?|(?:[A-Za-z0-9+/]{4}){8,20}[A-Za-z0-9+/]{3}=)$", "u");
function validate169(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate169;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data === "string") {
    if (!pattern112.test(data)) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
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
    const _errs3 = errors;
    const _errs5 = errors;
    let valid1 = true;
    const _errs6 = errors;
    if (errors === _errs6) {
      if (typeof data === "string") {
        if (func22(data) > 256) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
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
    var _valid1 = _errs6 === errors;
    errors = _errs5;
    if (vErrors !== null) {
      if (_errs5) {
        vErrors.length = _errs5;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs8 = errors;
      if (typeof data === "string") {
        if (!pattern122.test(data)) {
          const err3 = { instancePath, schemaPath: "#/then/then/pattern", keyword: "pattern", params: { pattern: "^whsec_(?:(?:[A-Za-z0-9+/]{4}){8,21}(?:[A-Za-z0-9+/]{2}==)?|(?:[A-Za-z0-9+/]{4}){8,20}[A-Za-z0-9+/]{3}=)$" }, schema: "^whsec_(?:(?:[A-Za-z0-9+/]{4}){8,21}(?:[A-Za-z0-9+/]{2}==)?|(?:[A-Za-z0-9+/]{4}){8,20}[A-Za-z0-9+/]{3}=)$", parentSchema: schema67.then.then, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/then/then/type", keyword: "type", params: { type: "string" }, schema: schema67.then.then.type, parentSchema: schema67.then.then, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid1 = _errs8 === errors;
      valid1 = _valid1;
    }
    if (!valid1) {
      const err5 = { instancePath, schemaPath: "#/then/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema67.then.if, parentSchema: schema67.then, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data === "string") {
      if (func22(data) > 256) {
        const err6 = { instancePath, schemaPath: "#/then/maxLength", keyword: "maxLength", params: { limit: 256 }, schema: 256, parentSchema: schema67.then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "string" }, schema: schema67.then.type, parentSchema: schema67.then, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema67.if, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func22(data) > 256) {
      const err9 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 }, schema: 256, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (func22(data) < 16) {
      const err10 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 16 }, schema: 16, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate169.errors = vErrors;
  return errors === 0;
}
var evaluated_validate169 = { "dynamicProps": false, "dynamicItems": false };
var schema68 = { "type": "string", "minLength": 1, "maxLength": 1024, "x-error-messages": { "type": "{field} must be 1 to 1024 characters long, such as the client secret your identity provider issued for oidc_client_id", "minLength": "{field} must be 1 to 1024 characters long, such as the client secret your identity provider issued for oidc_client_id", "maxLength": "{field} must be 1 to 1024 characters long, such as the client secret your identity provider issued for oidc_client_id" } };
function validate174(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate174;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func22(data) > 1024) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 }, schema: 1024, parentSchema: schema68, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func22(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema68, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema68.type, parentSchema: schema68, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate174.errors = vErrors;
  return errors === 0;
}
var evaluated_validate174 = { "dynamicProps": false, "dynamicItems": false };
function validate164(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate164;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate1652(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate1652.errors : vErrors.concat(validate1652.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, schema: schema652.required, parentSchema: schema652, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.enabled_events === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enabled_events" }, schema: schema652.required, parentSchema: schema652, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema652.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema652, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (!validate1402(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1402.errors : vErrors.concat(validate1402.errors);
        errors = vErrors.length;
      }
    }
    if (data.enabled_events !== void 0) {
      if (!validate1422(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1422.errors : vErrors.concat(validate1422.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret !== void 0) {
      if (!validate169(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
        errors = vErrors.length;
      }
    }
    if (data.include !== void 0) {
      if (!validate1472(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1472.errors : vErrors.concat(validate1472.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_auth_method !== void 0) {
      if (!validate1492(data.oidc_auth_method, { instancePath: instancePath + "/oidc_auth_method", parentData: data, parentDataProperty: "oidc_auth_method", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1492.errors : vErrors.concat(validate1492.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_client_id !== void 0) {
      if (!validate1512(data.oidc_client_id, { instancePath: instancePath + "/oidc_client_id", parentData: data, parentDataProperty: "oidc_client_id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1512.errors : vErrors.concat(validate1512.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_client_secret !== void 0) {
      if (!validate174(data.oidc_client_secret, { instancePath: instancePath + "/oidc_client_secret", parentData: data, parentDataProperty: "oidc_client_secret", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_token_endpoint !== void 0) {
      if (!validate1532(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1532.errors : vErrors.concat(validate1532.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_resource_uri !== void 0) {
      if (!validate155(data.oidc_resource_uri, { instancePath: instancePath + "/oidc_resource_uri", parentData: data, parentDataProperty: "oidc_resource_uri", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_scope !== void 0) {
      if (!validate157(data.oidc_scope, { instancePath: instancePath + "/oidc_scope", parentData: data, parentDataProperty: "oidc_scope", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate157.errors : vErrors.concat(validate157.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_access_token_ttl_seconds !== void 0) {
      if (!validate159(data.oidc_access_token_ttl_seconds, { instancePath: instancePath + "/oidc_access_token_ttl_seconds", parentData: data, parentDataProperty: "oidc_access_token_ttl_seconds", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema652.type, parentSchema: schema652, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate164.errors = vErrors;
  return errors === 0;
}
var evaluated_validate164 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema692 = { "type": "object", "required": ["object", "id", "url", "enabled_events", "include", "oidc_auth_method", "oidc_client_id", "oidc_token_endpoint", "oidc_resource_uri", "oidc_scope", "oidc_access_token_ttl_seconds", "created_at", "updated_at", "disabled_at", "disabled_reason"], "properties": { "object": { "type": "string", "const": "webhook" }, "id": { "$ref": "#/$defs/WebhookId" }, "url": { "$ref": "#/$defs/HttpsUrl" }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "include": { "$ref": "#/$defs/Include" }, "oidc_auth_method": { "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "oneOf": [{ "$ref": "#/$defs/OidcClientId" }, { "type": "null" }] }, "oidc_token_endpoint": { "oneOf": [{ "$ref": "#/$defs/OidcTokenEndpoint" }, { "type": "null" }] }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "oneOf": [{ "$ref": "#/$defs/OidcAccessTokenTtlSeconds" }, { "type": "null" }] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "disabled_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "disabled_reason": { "oneOf": [{ "type": "string", "maxLength": 1e3 }, { "type": "null" }] }, "secret": { "type": "string", "maxLength": 50, "if": { "type": "string", "maxLength": 50 }, "then": { "type": "string", "pattern": "^whsec_[A-Za-z0-9+/]{43}=$" } } }, "additionalProperties": false };
var pattern132 = /* @__PURE__ */ new RegExp("^whsec_[A-Za-z0-9+/]{43}=$", "u");
function validate180(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate180;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.enabled_events === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enabled_events" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.include === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "include" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.oidc_auth_method === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_auth_method" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.oidc_client_id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_client_id" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.oidc_token_endpoint === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_token_endpoint" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.oidc_resource_uri === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_resource_uri" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.oidc_scope === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_scope" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.oidc_access_token_ttl_seconds === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidc_access_token_ttl_seconds" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.disabled_at === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "disabled_at" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.disabled_reason === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "disabled_reason" }, schema: schema692.required, parentSchema: schema692, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema692.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema692, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err16 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema692.properties.object.type, parentSchema: schema692.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if ("webhook" !== data0) {
        const err17 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "webhook" }, schema: "webhook", parentSchema: schema692.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (!validate892(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate892.errors : vErrors.concat(validate892.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== void 0) {
      if (!validate1402(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1402.errors : vErrors.concat(validate1402.errors);
        errors = vErrors.length;
      }
    }
    if (data.enabled_events !== void 0) {
      if (!validate1422(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1422.errors : vErrors.concat(validate1422.errors);
        errors = vErrors.length;
      }
    }
    if (data.include !== void 0) {
      if (!validate1472(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1472.errors : vErrors.concat(validate1472.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_auth_method !== void 0) {
      let data5 = data.oidc_auth_method;
      const _errs9 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (!validate1492(data5, { instancePath: instancePath + "/oidc_auth_method", parentData: data, parentDataProperty: "oidc_auth_method", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1492.errors : vErrors.concat(validate1492.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs11 = errors;
      if (data5 !== null) {
        const err18 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema692.properties.oidc_auth_method.oneOf[1].type, parentSchema: schema692.properties.oidc_auth_method.oneOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err19 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema692.properties.oidc_auth_method.oneOf, parentSchema: schema692.properties.oidc_auth_method, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_client_id !== void 0) {
      let data6 = data.oidc_client_id;
      const _errs14 = errors;
      let valid2 = false;
      let passing1 = null;
      const _errs15 = errors;
      if (!validate1512(data6, { instancePath: instancePath + "/oidc_client_id", parentData: data, parentDataProperty: "oidc_client_id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1512.errors : vErrors.concat(validate1512.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs15 === errors;
      if (_valid1) {
        valid2 = true;
        passing1 = 0;
      }
      const _errs16 = errors;
      if (data6 !== null) {
        const err20 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema692.properties.oidc_client_id.oneOf[1].type, parentSchema: schema692.properties.oidc_client_id.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1 && valid2) {
        valid2 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid2 = true;
          passing1 = 1;
        }
      }
      if (!valid2) {
        const err21 = { instancePath: instancePath + "/oidc_client_id", schemaPath: "#/properties/oidc_client_id/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, schema: schema692.properties.oidc_client_id.oneOf, parentSchema: schema692.properties.oidc_client_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_token_endpoint !== void 0) {
      let data7 = data.oidc_token_endpoint;
      const _errs19 = errors;
      let valid3 = false;
      let passing2 = null;
      const _errs20 = errors;
      if (!validate1532(data7, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1532.errors : vErrors.concat(validate1532.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs20 === errors;
      if (_valid2) {
        valid3 = true;
        passing2 = 0;
      }
      const _errs21 = errors;
      if (data7 !== null) {
        const err22 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema692.properties.oidc_token_endpoint.oneOf[1].type, parentSchema: schema692.properties.oidc_token_endpoint.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid2 = _errs21 === errors;
      if (_valid2 && valid3) {
        valid3 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid3 = true;
          passing2 = 1;
        }
      }
      if (!valid3) {
        const err23 = { instancePath: instancePath + "/oidc_token_endpoint", schemaPath: "#/properties/oidc_token_endpoint/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, schema: schema692.properties.oidc_token_endpoint.oneOf, parentSchema: schema692.properties.oidc_token_endpoint, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
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
    if (data.oidc_resource_uri !== void 0) {
      let data8 = data.oidc_resource_uri;
      const _errs24 = errors;
      let valid4 = false;
      let passing3 = null;
      const _errs25 = errors;
      if (!validate155(data8, { instancePath: instancePath + "/oidc_resource_uri", parentData: data, parentDataProperty: "oidc_resource_uri", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs25 === errors;
      if (_valid3) {
        valid4 = true;
        passing3 = 0;
      }
      const _errs26 = errors;
      if (data8 !== null) {
        const err24 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema692.properties.oidc_resource_uri.oneOf[1].type, parentSchema: schema692.properties.oidc_resource_uri.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid3 = _errs26 === errors;
      if (_valid3 && valid4) {
        valid4 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid4 = true;
          passing3 = 1;
        }
      }
      if (!valid4) {
        const err25 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, schema: schema692.properties.oidc_resource_uri.oneOf, parentSchema: schema692.properties.oidc_resource_uri, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_scope !== void 0) {
      let data9 = data.oidc_scope;
      const _errs29 = errors;
      let valid5 = false;
      let passing4 = null;
      const _errs30 = errors;
      if (!validate157(data9, { instancePath: instancePath + "/oidc_scope", parentData: data, parentDataProperty: "oidc_scope", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate157.errors : vErrors.concat(validate157.errors);
        errors = vErrors.length;
      }
      var _valid4 = _errs30 === errors;
      if (_valid4) {
        valid5 = true;
        passing4 = 0;
      }
      const _errs31 = errors;
      if (data9 !== null) {
        const err26 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema692.properties.oidc_scope.oneOf[1].type, parentSchema: schema692.properties.oidc_scope.oneOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid4 = _errs31 === errors;
      if (_valid4 && valid5) {
        valid5 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid5 = true;
          passing4 = 1;
        }
      }
      if (!valid5) {
        const err27 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, schema: schema692.properties.oidc_scope.oneOf, parentSchema: schema692.properties.oidc_scope, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_access_token_ttl_seconds !== void 0) {
      let data10 = data.oidc_access_token_ttl_seconds;
      const _errs34 = errors;
      let valid6 = false;
      let passing5 = null;
      const _errs35 = errors;
      if (!validate159(data10, { instancePath: instancePath + "/oidc_access_token_ttl_seconds", parentData: data, parentDataProperty: "oidc_access_token_ttl_seconds", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
      var _valid5 = _errs35 === errors;
      if (_valid5) {
        valid6 = true;
        passing5 = 0;
      }
      const _errs36 = errors;
      if (data10 !== null) {
        const err28 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema692.properties.oidc_access_token_ttl_seconds.oneOf[1].type, parentSchema: schema692.properties.oidc_access_token_ttl_seconds.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid5 = _errs36 === errors;
      if (_valid5 && valid6) {
        valid6 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid6 = true;
          passing5 = 1;
        }
      }
      if (!valid6) {
        const err29 = { instancePath: instancePath + "/oidc_access_token_ttl_seconds", schemaPath: "#/properties/oidc_access_token_ttl_seconds/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, schema: schema692.properties.oidc_access_token_ttl_seconds.oneOf, parentSchema: schema692.properties.oidc_access_token_ttl_seconds, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
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
    if (data.created_at !== void 0) {
      if (!validate552(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.updated_at !== void 0) {
      if (!validate552(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
    }
    if (data.disabled_at !== void 0) {
      let data13 = data.disabled_at;
      const _errs41 = errors;
      let valid7 = false;
      let passing6 = null;
      const _errs42 = errors;
      if (!validate552(data13, { instancePath: instancePath + "/disabled_at", parentData: data, parentDataProperty: "disabled_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs42 === errors;
      if (_valid6) {
        valid7 = true;
        passing6 = 0;
      }
      const _errs43 = errors;
      if (data13 !== null) {
        const err30 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema692.properties.disabled_at.oneOf[1].type, parentSchema: schema692.properties.disabled_at.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid6 = _errs43 === errors;
      if (_valid6 && valid7) {
        valid7 = false;
        passing6 = [passing6, 1];
      } else {
        if (_valid6) {
          valid7 = true;
          passing6 = 1;
        }
      }
      if (!valid7) {
        const err31 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, schema: schema692.properties.disabled_at.oneOf, parentSchema: schema692.properties.disabled_at, data: data13 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
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
    if (data.disabled_reason !== void 0) {
      let data14 = data.disabled_reason;
      const _errs46 = errors;
      let valid8 = false;
      let passing7 = null;
      const _errs47 = errors;
      if (typeof data14 === "string") {
        if (func22(data14) > 1e3) {
          const err32 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1e3 }, schema: 1e3, parentSchema: schema692.properties.disabled_reason.oneOf[0], data: data14 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/0/type", keyword: "type", params: { type: "string" }, schema: schema692.properties.disabled_reason.oneOf[0].type, parentSchema: schema692.properties.disabled_reason.oneOf[0], data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid7 = _errs47 === errors;
      if (_valid7) {
        valid8 = true;
        passing7 = 0;
      }
      const _errs49 = errors;
      if (data14 !== null) {
        const err34 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema692.properties.disabled_reason.oneOf[1].type, parentSchema: schema692.properties.disabled_reason.oneOf[1], data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid7 = _errs49 === errors;
      if (_valid7 && valid8) {
        valid8 = false;
        passing7 = [passing7, 1];
      } else {
        if (_valid7) {
          valid8 = true;
          passing7 = 1;
        }
      }
      if (!valid8) {
        const err35 = { instancePath: instancePath + "/disabled_reason", schemaPath: "#/properties/disabled_reason/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, schema: schema692.properties.disabled_reason.oneOf, parentSchema: schema692.properties.disabled_reason, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      } else {
        errors = _errs46;
        if (vErrors !== null) {
          if (_errs46) {
            vErrors.length = _errs46;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.secret !== void 0) {
      let data15 = data.secret;
      const _errs53 = errors;
      let valid9 = true;
      const _errs54 = errors;
      if (errors === _errs54) {
        if (typeof data15 === "string") {
          if (func22(data15) > 50) {
            const err36 = {};
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        } else {
          const err37 = {};
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      var _valid8 = _errs54 === errors;
      errors = _errs53;
      if (vErrors !== null) {
        if (_errs53) {
          vErrors.length = _errs53;
        } else {
          vErrors = null;
        }
      }
      if (_valid8) {
        const _errs56 = errors;
        if (typeof data15 === "string") {
          if (!pattern132.test(data15)) {
            const err38 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/then/pattern", keyword: "pattern", params: { pattern: "^whsec_[A-Za-z0-9+/]{43}=$" }, schema: "^whsec_[A-Za-z0-9+/]{43}=$", parentSchema: schema692.properties.secret.then, data: data15 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        } else {
          const err39 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/then/type", keyword: "type", params: { type: "string" }, schema: schema692.properties.secret.then.type, parentSchema: schema692.properties.secret.then, data: data15 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        var _valid8 = _errs56 === errors;
        valid9 = _valid8;
      }
      if (!valid9) {
        const err40 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema692.properties.secret.if, parentSchema: schema692.properties.secret, data: data15 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (typeof data15 === "string") {
        if (func22(data15) > 50) {
          const err41 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/maxLength", keyword: "maxLength", params: { limit: 50 }, schema: 50, parentSchema: schema692.properties.secret, data: data15 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/type", keyword: "type", params: { type: "string" }, schema: schema692.properties.secret.type, parentSchema: schema692.properties.secret, data: data15 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema692.type, parentSchema: schema692, data };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate180.errors = vErrors;
  return errors === 0;
}
var evaluated_validate180 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema70 = { "type": "object", "required": ["object", "data", "has_more"], "properties": { "object": { "type": "string", "const": "list" }, "data": { "type": "array", "maxItems": 100, "items": { "$ref": "#/$defs/Webhook" } }, "has_more": { "type": "boolean" } }, "additionalProperties": false };
function validate194(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate194;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.has_more === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "has_more" }, schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "object" || key0 === "data" || key0 === "has_more")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema70, data };
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
        const err4 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema70.properties.object.type, parentSchema: schema70.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("list" !== data0) {
        const err5 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "list" }, schema: "list", parentSchema: schema70.properties.object, data: data0 };
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
          const err6 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 100 }, schema: 100, parentSchema: schema70.properties.data, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate1382(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate1382.errors : vErrors.concat(validate1382.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, schema: schema70.properties.data.type, parentSchema: schema70.properties.data, data: data1 };
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
        const err8 = { instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, schema: schema70.properties.has_more.type, parentSchema: schema70.properties.has_more, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate194.errors = vErrors;
  return errors === 0;
}
var evaluated_validate194 = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema712 = { "type": "object", "minProperties": 1, "properties": { "url": { "$ref": "#/$defs/HttpsUrl" }, "enabled_events": { "$ref": "#/$defs/EnabledEvents" }, "secret": { "$ref": "#/$defs/WebhookSecret" }, "include": { "$ref": "#/$defs/Include" }, "disabled_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] }, "oidc_auth_method": { "oneOf": [{ "$ref": "#/$defs/OidcAuthMethod" }, { "type": "null" }] }, "oidc_client_id": { "$ref": "#/$defs/OidcClientId" }, "oidc_client_secret": { "$ref": "#/$defs/OidcClientSecret" }, "oidc_token_endpoint": { "$ref": "#/$defs/OidcTokenEndpoint" }, "oidc_resource_uri": { "oneOf": [{ "$ref": "#/$defs/OidcResourceUri" }, { "type": "null" }] }, "oidc_scope": { "oneOf": [{ "$ref": "#/$defs/OidcScope" }, { "type": "null" }] }, "oidc_access_token_ttl_seconds": { "$ref": "#/$defs/OidcAccessTokenTtlSeconds" } }, "additionalProperties": false, "x-explain-with": "allOf", "allOf": [{ "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "const": "private_key_jwt" } } }, "then": { "type": "object", "properties": { "oidc_client_secret": { "not": {}, "x-error-messages": { "not": 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"' } } } } }, { "if": { "type": "object", "required": ["oidc_auth_method"], "properties": { "oidc_auth_method": { "type": "null" } } }, "then": { "type": "object", "propertyNames": { "not": { "pattern": "^oidc_(?!auth_method$)" } }, "x-error-messages": { "propertyNames": '{field} cannot be in an update that removes the OIDC configuration, which removes {field} too: leave {field} out, such as {"oidc_auth_method": null}' } } }], "x-error-messages": { "minProperties": "the update must change at least one field", "additionalProperties": "{field} is not a known field", "type": "the request body must be a JSON object" } };
var pattern14 = /* @__PURE__ */ new RegExp("^oidc_(?!auth_method$)", "u");
function validate196(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate196;
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
        const err3 = { instancePath: instancePath + "/oidc_client_secret", schemaPath: "#/allOf/0/then/properties/oidc_client_secret/not", keyword: "not", params: {}, schema: schema712.allOf[0].then.properties.oidc_client_secret.not, parentSchema: schema712.allOf[0].then.properties.oidc_client_secret, data: data.oidc_client_secret };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/allOf/0/then/type", keyword: "type", params: { type: "object" }, schema: schema712.allOf[0].then.type, parentSchema: schema712.allOf[0].then, data };
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
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema712.allOf[0].if, parentSchema: schema712.allOf[0], data };
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
          const err10 = { instancePath, schemaPath: "#/allOf/1/then/propertyNames/not", keyword: "not", params: {}, schema: schema712.allOf[1].then.propertyNames.not, parentSchema: schema712.allOf[1].then.propertyNames, data: key0, propertyName: key0 };
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
          const err11 = { instancePath, schemaPath: "#/allOf/1/then/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, schema: schema712.allOf[1].then.propertyNames, parentSchema: schema712.allOf[1].then, data };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    } else {
      const err12 = { instancePath, schemaPath: "#/allOf/1/then/type", keyword: "type", params: { type: "object" }, schema: schema712.allOf[1].then.type, parentSchema: schema712.allOf[1].then, data };
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
    const err13 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, schema: schema712.allOf[1].if, parentSchema: schema712.allOf[1], data };
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
      const err14 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, schema: 1, parentSchema: schema712, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!func12.call(schema712.properties, key1)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema712, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (!validate1402(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1402.errors : vErrors.concat(validate1402.errors);
        errors = vErrors.length;
      }
    }
    if (data.enabled_events !== void 0) {
      if (!validate1422(data.enabled_events, { instancePath: instancePath + "/enabled_events", parentData: data, parentDataProperty: "enabled_events", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1422.errors : vErrors.concat(validate1422.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret !== void 0) {
      if (!validate169(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
        errors = vErrors.length;
      }
    }
    if (data.include !== void 0) {
      if (!validate1472(data.include, { instancePath: instancePath + "/include", parentData: data, parentDataProperty: "include", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1472.errors : vErrors.concat(validate1472.errors);
        errors = vErrors.length;
      }
    }
    if (data.disabled_at !== void 0) {
      let data7 = data.disabled_at;
      const _errs31 = errors;
      let valid9 = false;
      let passing0 = null;
      const _errs32 = errors;
      if (!validate552(data7, { instancePath: instancePath + "/disabled_at", parentData: data, parentDataProperty: "disabled_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs32 === errors;
      if (_valid2) {
        valid9 = true;
        passing0 = 0;
      }
      const _errs33 = errors;
      if (data7 !== null) {
        const err16 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema712.properties.disabled_at.oneOf[1].type, parentSchema: schema712.properties.disabled_at.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid2 = _errs33 === errors;
      if (_valid2 && valid9) {
        valid9 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid2) {
          valid9 = true;
          passing0 = 1;
        }
      }
      if (!valid9) {
        const err17 = { instancePath: instancePath + "/disabled_at", schemaPath: "#/properties/disabled_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema712.properties.disabled_at.oneOf, parentSchema: schema712.properties.disabled_at, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs31;
        if (vErrors !== null) {
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_auth_method !== void 0) {
      let data8 = data.oidc_auth_method;
      const _errs36 = errors;
      let valid10 = false;
      let passing1 = null;
      const _errs37 = errors;
      if (!validate1492(data8, { instancePath: instancePath + "/oidc_auth_method", parentData: data, parentDataProperty: "oidc_auth_method", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1492.errors : vErrors.concat(validate1492.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs37 === errors;
      if (_valid3) {
        valid10 = true;
        passing1 = 0;
      }
      const _errs38 = errors;
      if (data8 !== null) {
        const err18 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema712.properties.oidc_auth_method.oneOf[1].type, parentSchema: schema712.properties.oidc_auth_method.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid3 = _errs38 === errors;
      if (_valid3 && valid10) {
        valid10 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid3) {
          valid10 = true;
          passing1 = 1;
        }
      }
      if (!valid10) {
        const err19 = { instancePath: instancePath + "/oidc_auth_method", schemaPath: "#/properties/oidc_auth_method/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, schema: schema712.properties.oidc_auth_method.oneOf, parentSchema: schema712.properties.oidc_auth_method, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
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
    if (data.oidc_client_id !== void 0) {
      if (!validate1512(data.oidc_client_id, { instancePath: instancePath + "/oidc_client_id", parentData: data, parentDataProperty: "oidc_client_id", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1512.errors : vErrors.concat(validate1512.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_client_secret !== void 0) {
      if (!validate174(data.oidc_client_secret, { instancePath: instancePath + "/oidc_client_secret", parentData: data, parentDataProperty: "oidc_client_secret", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_token_endpoint !== void 0) {
      if (!validate1532(data.oidc_token_endpoint, { instancePath: instancePath + "/oidc_token_endpoint", parentData: data, parentDataProperty: "oidc_token_endpoint", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate1532.errors : vErrors.concat(validate1532.errors);
        errors = vErrors.length;
      }
    }
    if (data.oidc_resource_uri !== void 0) {
      let data12 = data.oidc_resource_uri;
      const _errs44 = errors;
      let valid11 = false;
      let passing2 = null;
      const _errs45 = errors;
      if (!validate155(data12, { instancePath: instancePath + "/oidc_resource_uri", parentData: data, parentDataProperty: "oidc_resource_uri", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
      var _valid4 = _errs45 === errors;
      if (_valid4) {
        valid11 = true;
        passing2 = 0;
      }
      const _errs46 = errors;
      if (data12 !== null) {
        const err20 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema712.properties.oidc_resource_uri.oneOf[1].type, parentSchema: schema712.properties.oidc_resource_uri.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid4 = _errs46 === errors;
      if (_valid4 && valid11) {
        valid11 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid4) {
          valid11 = true;
          passing2 = 1;
        }
      }
      if (!valid11) {
        const err21 = { instancePath: instancePath + "/oidc_resource_uri", schemaPath: "#/properties/oidc_resource_uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, schema: schema712.properties.oidc_resource_uri.oneOf, parentSchema: schema712.properties.oidc_resource_uri, data: data12 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs44;
        if (vErrors !== null) {
          if (_errs44) {
            vErrors.length = _errs44;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.oidc_scope !== void 0) {
      let data13 = data.oidc_scope;
      const _errs49 = errors;
      let valid12 = false;
      let passing3 = null;
      const _errs50 = errors;
      if (!validate157(data13, { instancePath: instancePath + "/oidc_scope", parentData: data, parentDataProperty: "oidc_scope", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate157.errors : vErrors.concat(validate157.errors);
        errors = vErrors.length;
      }
      var _valid5 = _errs50 === errors;
      if (_valid5) {
        valid12 = true;
        passing3 = 0;
      }
      const _errs51 = errors;
      if (data13 !== null) {
        const err22 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema712.properties.oidc_scope.oneOf[1].type, parentSchema: schema712.properties.oidc_scope.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid5 = _errs51 === errors;
      if (_valid5 && valid12) {
        valid12 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid5) {
          valid12 = true;
          passing3 = 1;
        }
      }
      if (!valid12) {
        const err23 = { instancePath: instancePath + "/oidc_scope", schemaPath: "#/properties/oidc_scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, schema: schema712.properties.oidc_scope.oneOf, parentSchema: schema712.properties.oidc_scope, data: data13 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
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
    if (data.oidc_access_token_ttl_seconds !== void 0) {
      if (!validate159(data.oidc_access_token_ttl_seconds, { instancePath: instancePath + "/oidc_access_token_ttl_seconds", parentData: data, parentDataProperty: "oidc_access_token_ttl_seconds", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema712.type, parentSchema: schema712, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate196.errors = vErrors;
  return errors === 0;
}
var evaluated_validate196 = { "props": true, "dynamicProps": false, "dynamicItems": false };

// virtual:virtual:lenient
var formats03 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var formats23 = format_date_time;
function validate553(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate553;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats23.validate(data)) {
          validate553.errors = [{ instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" } }];
          return false;
        }
      } else {
        validate553.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
  }
  validate553.errors = vErrors;
  return errors === 0;
}
var evaluated_validate553 = { "dynamicProps": false, "dynamicItems": false };
function validate543(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate543;
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
        validate543.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.object !== void 0) {
          let data0 = data.object;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate543.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("event" !== data0) {
            validate543.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event" } }];
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
                  if (!formats03.test(data1)) {
                    validate543.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" } }];
                    return false;
                  }
                } else {
                  validate543.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } }];
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
              const _errs5 = errors;
              if (typeof data.type !== "string") {
                validate543.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.created_at !== void 0) {
                const _errs7 = errors;
                if (!validate553(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate553.errors : vErrors.concat(validate553.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.data !== void 0) {
                  let data4 = data.data;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing1;
                      if (data4.object === void 0 && (missing1 = "object")) {
                        validate543.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: missing1 } }];
                        return false;
                      } else {
                        if (data4.object !== void 0) {
                          let data5 = data4.object;
                          const _errs10 = errors;
                          if (errors === _errs10) {
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              if (data5.object !== void 0) {
                                const _errs12 = errors;
                                if (typeof data5.object !== "string") {
                                  validate543.errors = [{ instancePath: instancePath + "/data/object/object", schemaPath: "#/properties/data/properties/object/properties/object/type", keyword: "type", params: { type: "string" } }];
                                  return false;
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data5.id !== void 0) {
                                  const _errs14 = errors;
                                  if (typeof data5.id !== "string") {
                                    validate543.errors = [{ instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            } else {
                              validate543.errors = [{ instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" } }];
                              return false;
                            }
                          }
                        }
                      }
                    } else {
                      validate543.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" } }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate543.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate543.errors = vErrors;
  return errors === 0;
}
var evaluated_validate543 = { "props": { "object": true, "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var schema243 = { "type": "object", "required": ["object", "id", "external_id", "name", "status", "created_at", "updated_at"], "properties": { "object": { "type": "string", "const": "business" }, "id": { "type": "string", "format": "uuid" }, "external_id": { "type": ["string", "null"], "maxLength": 255 }, "name": { "type": "string" }, "status": { "type": "string", "enum": ["open", "pending", "in_review", "approved", "rejected"] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "addresses": { "type": "array", "items": { "$ref": "#/$defs/BusinessAddress" } }, "names": { "type": "array", "items": { "$ref": "#/$defs/BusinessName" } }, "people": { "type": "array", "items": { "$ref": "#/$defs/BusinessPerson" } }, "registrations": { "type": "array", "items": { "$ref": "#/$defs/BusinessRegistration" } }, "tin": { "oneOf": [{ "$ref": "#/$defs/BusinessTin" }, { "type": "null" }] }, "watchlist": { "oneOf": [{ "$ref": "#/$defs/BusinessWatchlist" }, { "type": "null" }] } } };
var func13 = ucs2length;
var schema253 = { "type": "object", "required": ["address_line1", "address_line2", "city", "state", "postal_code", "country", "submitted"], "properties": { "address_line1": { "type": "string" }, "address_line2": { "type": ["string", "null"] }, "city": { "type": "string" }, "state": { "type": "string" }, "postal_code": { "type": "string" }, "country": { "type": "string", "pattern": "^[A-Z]{2}$" }, "submitted": { "type": "boolean" } } };
var pattern33 = /* @__PURE__ */ new RegExp("^[A-Z]{2}$", "u");
function validate623(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate623;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.address_line1 === void 0 && (missing0 = "address_line1") || data.address_line2 === void 0 && (missing0 = "address_line2") || data.city === void 0 && (missing0 = "city") || data.state === void 0 && (missing0 = "state") || data.postal_code === void 0 && (missing0 = "postal_code") || data.country === void 0 && (missing0 = "country") || data.submitted === void 0 && (missing0 = "submitted")) {
        validate623.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.address_line1 !== void 0) {
          const _errs1 = errors;
          if (typeof data.address_line1 !== "string") {
            validate623.errors = [{ instancePath: instancePath + "/address_line1", schemaPath: "#/properties/address_line1/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.address_line2 !== void 0) {
            let data1 = data.address_line2;
            const _errs3 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate623.errors = [{ instancePath: instancePath + "/address_line2", schemaPath: "#/properties/address_line2/type", keyword: "type", params: { type: schema253.properties.address_line2.type } }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.city !== void 0) {
              const _errs5 = errors;
              if (typeof data.city !== "string") {
                validate623.errors = [{ instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.state !== void 0) {
                const _errs7 = errors;
                if (typeof data.state !== "string") {
                  validate623.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.postal_code !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.postal_code !== "string") {
                    validate623.errors = [{ instancePath: instancePath + "/postal_code", schemaPath: "#/properties/postal_code/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.country !== void 0) {
                    let data5 = data.country;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (typeof data5 === "string") {
                        if (!pattern33.test(data5)) {
                          validate623.errors = [{ instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" } }];
                          return false;
                        }
                      } else {
                        validate623.errors = [{ instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.submitted !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.submitted !== "boolean") {
                        validate623.errors = [{ instancePath: instancePath + "/submitted", schemaPath: "#/properties/submitted/type", keyword: "type", params: { type: "boolean" } }];
                        return false;
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
        }
      }
    } else {
      validate623.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate623.errors = vErrors;
  return errors === 0;
}
var evaluated_validate623 = { "props": { "address_line1": true, "address_line2": true, "city": true, "state": true, "postal_code": true, "country": true, "submitted": true }, "dynamicProps": false, "dynamicItems": false };
var schema263 = { "type": "object", "required": ["name", "type", "submitted"], "properties": { "name": { "type": "string" }, "type": { "type": "string", "enum": ["legal", "dba"] }, "submitted": { "type": "boolean" } } };
function validate643(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate643;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.type === void 0 && (missing0 = "type") || data.submitted === void 0 && (missing0 = "submitted")) {
        validate643.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate643.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate643.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if (!(data1 === "legal" || data1 === "dba")) {
              validate643.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema263.properties.type.enum } }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.submitted !== void 0) {
              const _errs5 = errors;
              if (typeof data.submitted !== "boolean") {
                validate643.errors = [{ instancePath: instancePath + "/submitted", schemaPath: "#/properties/submitted/type", keyword: "type", params: { type: "boolean" } }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate643.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate643.errors = vErrors;
  return errors === 0;
}
var evaluated_validate643 = { "props": { "name": true, "type": true, "submitted": true }, "dynamicProps": false, "dynamicItems": false };
function validate663(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate663;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.titles === void 0 && (missing0 = "titles")) {
        validate663.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate663.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.titles !== void 0) {
            let data1 = data.titles;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs5 = errors;
                  if (typeof data1[i0] !== "string") {
                    validate663.errors = [{ instancePath: instancePath + "/titles/" + i0, schemaPath: "#/properties/titles/items/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate663.errors = [{ instancePath: instancePath + "/titles", schemaPath: "#/properties/titles/type", keyword: "type", params: { type: "array" } }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate663.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate663.errors = vErrors;
  return errors === 0;
}
var evaluated_validate663 = { "props": { "name": true, "titles": true }, "dynamicProps": false, "dynamicItems": false };
var schema283 = { "type": "object", "required": ["state", "status", "entity_type", "registration_date"], "properties": { "state": { "type": "string" }, "status": { "type": "string", "enum": ["active", "inactive", "unknown"] }, "entity_type": { "type": "string" }, "registration_date": { "type": ["string", "null"], "format": "date" } } };
var formats63 = format_date;
function validate683(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate683;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.state === void 0 && (missing0 = "state") || data.status === void 0 && (missing0 = "status") || data.entity_type === void 0 && (missing0 = "entity_type") || data.registration_date === void 0 && (missing0 = "registration_date")) {
        validate683.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.state !== void 0) {
          const _errs1 = errors;
          if (typeof data.state !== "string") {
            validate683.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.status !== void 0) {
            let data1 = data.status;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate683.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            if (!(data1 === "active" || data1 === "inactive" || data1 === "unknown")) {
              validate683.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema283.properties.status.enum } }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.entity_type !== void 0) {
              const _errs5 = errors;
              if (typeof data.entity_type !== "string") {
                validate683.errors = [{ instancePath: instancePath + "/entity_type", schemaPath: "#/properties/entity_type/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.registration_date !== void 0) {
                let data3 = data.registration_date;
                const _errs7 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate683.errors = [{ instancePath: instancePath + "/registration_date", schemaPath: "#/properties/registration_date/type", keyword: "type", params: { type: schema283.properties.registration_date.type } }];
                  return false;
                }
                if (errors === _errs7) {
                  if (errors === _errs7) {
                    if (typeof data3 === "string") {
                      if (!formats63.validate(data3)) {
                        validate683.errors = [{ instancePath: instancePath + "/registration_date", schemaPath: "#/properties/registration_date/format", keyword: "format", params: { format: "date" } }];
                        return false;
                      }
                    }
                  }
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
      validate683.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate683.errors = vErrors;
  return errors === 0;
}
var evaluated_validate683 = { "props": { "state": true, "status": true, "entity_type": true, "registration_date": true }, "dynamicProps": false, "dynamicItems": false };
var pattern43 = /* @__PURE__ */ new RegExp("^\\*{5}\\d{4}$", "u");
function validate703(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate703;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.tin === void 0 && (missing0 = "tin") || data.verified === void 0 && (missing0 = "verified")) {
        validate703.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.tin !== void 0) {
          let data0 = data.tin;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern43.test(data0)) {
                validate703.errors = [{ instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/pattern", keyword: "pattern", params: { pattern: "^\\*{5}\\d{4}$" } }];
                return false;
              }
            } else {
              validate703.errors = [{ instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.verified !== void 0) {
            const _errs3 = errors;
            if (typeof data.verified !== "boolean") {
              validate703.errors = [{ instancePath: instancePath + "/verified", schemaPath: "#/properties/verified/type", keyword: "type", params: { type: "boolean" } }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate703.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate703.errors = vErrors;
  return errors === 0;
}
var evaluated_validate703 = { "props": { "tin": true, "verified": true }, "dynamicProps": false, "dynamicItems": false };
function validate723(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate723;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.hit_count === void 0 && (missing0 = "hit_count")) {
        validate723.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.hit_count !== void 0) {
          let data0 = data.hit_count;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            validate723.errors = [{ instancePath: instancePath + "/hit_count", schemaPath: "#/properties/hit_count/type", keyword: "type", params: { type: "integer" } }];
            return false;
          }
          if (errors === _errs1) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 < 0 || isNaN(data0)) {
                validate723.errors = [{ instancePath: instancePath + "/hit_count", schemaPath: "#/properties/hit_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate723.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate723.errors = vErrors;
  return errors === 0;
}
var evaluated_validate723 = { "props": { "hit_count": true }, "dynamicProps": false, "dynamicItems": false };
function validate593(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate593;
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
        validate593.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.object !== void 0) {
          let data0 = data.object;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate593.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business" !== data0) {
            validate593.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "business" } }];
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
                  if (!formats03.test(data1)) {
                    validate593.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" } }];
                    return false;
                  }
                } else {
                  validate593.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.external_id !== void 0) {
              let data2 = data.external_id;
              const _errs5 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate593.errors = [{ instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/type", keyword: "type", params: { type: schema243.properties.external_id.type } }];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 === "string") {
                  if (func13(data2) > 255) {
                    validate593.errors = [{ instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/maxLength", keyword: "maxLength", params: { limit: 255 } }];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs7 = errors;
                if (typeof data.name !== "string") {
                  validate593.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.status !== void 0) {
                  let data4 = data.status;
                  const _errs9 = errors;
                  if (typeof data4 !== "string") {
                    validate593.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  if (!(data4 === "open" || data4 === "pending" || data4 === "in_review" || data4 === "approved" || data4 === "rejected")) {
                    validate593.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema243.properties.status.enum } }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.created_at !== void 0) {
                    const _errs11 = errors;
                    if (!validate553(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate553.errors : vErrors.concat(validate553.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.updated_at !== void 0) {
                      const _errs12 = errors;
                      if (!validate553(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate553.errors : vErrors.concat(validate553.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.addresses !== void 0) {
                        let data7 = data.addresses;
                        const _errs13 = errors;
                        if (errors === _errs13) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs15 = errors;
                              if (!validate623(data7[i0], { instancePath: instancePath + "/addresses/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate623.errors : vErrors.concat(validate623.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs15 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate593.errors = [{ instancePath: instancePath + "/addresses", schemaPath: "#/properties/addresses/type", keyword: "type", params: { type: "array" } }];
                            return false;
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.names !== void 0) {
                          let data9 = data.names;
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (Array.isArray(data9)) {
                              var valid2 = true;
                              const len1 = data9.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                const _errs18 = errors;
                                if (!validate643(data9[i1], { instancePath: instancePath + "/names/" + i1, parentData: data9, parentDataProperty: i1, rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate643.errors : vErrors.concat(validate643.errors);
                                  errors = vErrors.length;
                                }
                                var valid2 = _errs18 === errors;
                                if (!valid2) {
                                  break;
                                }
                              }
                            } else {
                              validate593.errors = [{ instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" } }];
                              return false;
                            }
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.people !== void 0) {
                            let data11 = data.people;
                            const _errs19 = errors;
                            if (errors === _errs19) {
                              if (Array.isArray(data11)) {
                                var valid3 = true;
                                const len2 = data11.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  const _errs21 = errors;
                                  if (!validate663(data11[i2], { instancePath: instancePath + "/people/" + i2, parentData: data11, parentDataProperty: i2, rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate663.errors : vErrors.concat(validate663.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid3 = _errs21 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              } else {
                                validate593.errors = [{ instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "array" } }];
                                return false;
                              }
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.registrations !== void 0) {
                              let data13 = data.registrations;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (Array.isArray(data13)) {
                                  var valid4 = true;
                                  const len3 = data13.length;
                                  for (let i3 = 0; i3 < len3; i3++) {
                                    const _errs24 = errors;
                                    if (!validate683(data13[i3], { instancePath: instancePath + "/registrations/" + i3, parentData: data13, parentDataProperty: i3, rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate683.errors : vErrors.concat(validate683.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid4 = _errs24 === errors;
                                    if (!valid4) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate593.errors = [{ instancePath: instancePath + "/registrations", schemaPath: "#/properties/registrations/type", keyword: "type", params: { type: "array" } }];
                                  return false;
                                }
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.tin !== void 0) {
                                let data15 = data.tin;
                                const _errs25 = errors;
                                const _errs26 = errors;
                                let valid5 = false;
                                let passing0 = null;
                                const _errs27 = errors;
                                if (!validate703(data15, { instancePath: instancePath + "/tin", parentData: data, parentDataProperty: "tin", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate703.errors : vErrors.concat(validate703.errors);
                                  errors = vErrors.length;
                                }
                                var _valid0 = _errs27 === errors;
                                if (_valid0) {
                                  valid5 = true;
                                  passing0 = 0;
                                  var props0 = {};
                                  props0.tin = true;
                                  props0.verified = true;
                                }
                                const _errs28 = errors;
                                if (data15 !== null) {
                                  const err0 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs28 === errors;
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
                                  const err1 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
                                  if (vErrors === null) {
                                    vErrors = [err1];
                                  } else {
                                    vErrors.push(err1);
                                  }
                                  errors++;
                                  validate593.errors = vErrors;
                                  return false;
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
                                var valid0 = _errs25 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.watchlist !== void 0) {
                                  let data16 = data.watchlist;
                                  const _errs30 = errors;
                                  const _errs31 = errors;
                                  let valid6 = false;
                                  let passing1 = null;
                                  const _errs32 = errors;
                                  if (!validate723(data16, { instancePath: instancePath + "/watchlist", parentData: data, parentDataProperty: "watchlist", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate723.errors : vErrors.concat(validate723.errors);
                                    errors = vErrors.length;
                                  }
                                  var _valid1 = _errs32 === errors;
                                  if (_valid1) {
                                    valid6 = true;
                                    passing1 = 0;
                                    var props1 = {};
                                    props1.hit_count = true;
                                  }
                                  const _errs33 = errors;
                                  if (data16 !== null) {
                                    const err2 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf/1/type", keyword: "type", params: { type: "null" } };
                                    if (vErrors === null) {
                                      vErrors = [err2];
                                    } else {
                                      vErrors.push(err2);
                                    }
                                    errors++;
                                  }
                                  var _valid1 = _errs33 === errors;
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
                                    const err3 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 } };
                                    if (vErrors === null) {
                                      vErrors = [err3];
                                    } else {
                                      vErrors.push(err3);
                                    }
                                    errors++;
                                    validate593.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs31;
                                    if (vErrors !== null) {
                                      if (_errs31) {
                                        vErrors.length = _errs31;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs30 === errors;
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
      validate593.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate593.errors = vErrors;
  return errors === 0;
}
var evaluated_validate593 = { "props": { "object": true, "id": true, "external_id": true, "name": true, "status": true, "created_at": true, "updated_at": true, "addresses": true, "names": true, "people": true, "registrations": true, "tin": true, "watchlist": true }, "dynamicProps": false, "dynamicItems": false };
function validate583(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate583;
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
        validate583.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.object !== void 0) {
          if (!validate593(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate593.errors : vErrors.concat(validate593.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate583.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate583.errors = vErrors;
  return errors === 0;
}
var evaluated_validate583 = { "props": { "object": true }, "dynamicProps": false, "dynamicItems": false };
function validate533(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate533;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate543(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate533.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate533.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business.approved" !== data0) {
            validate533.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.approved" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate583(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate583.errors : vErrors.concat(validate583.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
        }
      }
    } else {
      validate533.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate533.errors = vErrors;
  return errors === 0;
}
var evaluated_validate533 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
function validate763(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate763;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate543(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate763.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate763.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business.created" !== data0) {
            validate763.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.created" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate583(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate583.errors : vErrors.concat(validate583.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
        }
      }
    } else {
      validate763.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate763.errors = vErrors;
  return errors === 0;
}
var evaluated_validate763 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
function validate793(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate793;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate543(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate793.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate793.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business.rejected" !== data0) {
            validate793.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.rejected" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate583(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate583.errors : vErrors.concat(validate583.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
        }
      }
    } else {
      validate793.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate793.errors = vErrors;
  return errors === 0;
}
var evaluated_validate793 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
function validate823(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate823;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate543(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate823.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate823.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("business.updated" !== data0) {
            validate823.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.updated" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate583(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate583.errors : vErrors.concat(validate583.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
        }
      }
    } else {
      validate823.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate823.errors = vErrors;
  return errors === 0;
}
var evaluated_validate823 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
function validate853(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate853;
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
        validate853.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.object !== void 0) {
          let data0 = data.object;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate853.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("event" !== data0) {
            validate853.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event" } }];
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
                  if (!formats03.test(data1)) {
                    validate853.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" } }];
                    return false;
                  }
                } else {
                  validate853.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } }];
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
              const _errs5 = errors;
              if (typeof data.type !== "string") {
                validate853.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.created_at !== void 0) {
                const _errs7 = errors;
                if (!validate553(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate553.errors : vErrors.concat(validate553.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.data !== void 0) {
                  let data4 = data.data;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing1;
                      if (data4.object === void 0 && (missing1 = "object")) {
                        validate853.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: missing1 } }];
                        return false;
                      } else {
                        if (data4.object !== void 0) {
                          let data5 = data4.object;
                          const _errs10 = errors;
                          if (errors === _errs10) {
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              if (data5.object !== void 0) {
                                const _errs12 = errors;
                                if (typeof data5.object !== "string") {
                                  validate853.errors = [{ instancePath: instancePath + "/data/object/object", schemaPath: "#/properties/data/properties/object/properties/object/type", keyword: "type", params: { type: "string" } }];
                                  return false;
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data5.id !== void 0) {
                                  const _errs14 = errors;
                                  if (typeof data5.id !== "string") {
                                    validate853.errors = [{ instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            } else {
                              validate853.errors = [{ instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" } }];
                              return false;
                            }
                          }
                        }
                      }
                    } else {
                      validate853.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" } }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate853.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate853.errors = vErrors;
  return errors === 0;
}
var evaluated_validate853 = { "props": { "object": true, "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var schema372 = { "type": "object", "required": ["object", "id", "business_id", "status", "products", "created_at", "completed_at"], "properties": { "object": { "type": "string", "const": "order" }, "id": { "type": "string", "format": "uuid" }, "business_id": { "type": "string", "format": "uuid" }, "status": { "type": "string", "enum": ["created", "in_progress", "completed", "cancelled"] }, "products": { "type": "array", "minItems": 1, "items": { "type": "string", "enum": ["identity", "tin", "watchlist", "litigation", "liens"] } }, "created_at": { "$ref": "#/$defs/Timestamp" }, "completed_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] } } };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate90;
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
        validate90.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.object !== void 0) {
          let data0 = data.object;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate90.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("order" !== data0) {
            validate90.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "order" } }];
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
                  if (!formats03.test(data1)) {
                    validate90.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" } }];
                    return false;
                  }
                } else {
                  validate90.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.business_id !== void 0) {
              let data2 = data.business_id;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats03.test(data2)) {
                      validate90.errors = [{ instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/format", keyword: "format", params: { format: "uuid" } }];
                      return false;
                    }
                  } else {
                    validate90.errors = [{ instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== void 0) {
                let data3 = data.status;
                const _errs7 = errors;
                if (typeof data3 !== "string") {
                  validate90.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } }];
                  return false;
                }
                if (!(data3 === "created" || data3 === "in_progress" || data3 === "completed" || data3 === "cancelled")) {
                  validate90.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema372.properties.status.enum } }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.products !== void 0) {
                  let data4 = data.products;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (Array.isArray(data4)) {
                      if (data4.length < 1) {
                        validate90.errors = [{ instancePath: instancePath + "/products", schemaPath: "#/properties/products/minItems", keyword: "minItems", params: { limit: 1 } }];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data5 = data4[i0];
                          const _errs11 = errors;
                          if (typeof data5 !== "string") {
                            validate90.errors = [{ instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/type", keyword: "type", params: { type: "string" } }];
                            return false;
                          }
                          if (!(data5 === "identity" || data5 === "tin" || data5 === "watchlist" || data5 === "litigation" || data5 === "liens")) {
                            validate90.errors = [{ instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/enum", keyword: "enum", params: { allowedValues: schema372.properties.products.items.enum } }];
                            return false;
                          }
                          var valid1 = _errs11 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate90.errors = [{ instancePath: instancePath + "/products", schemaPath: "#/properties/products/type", keyword: "type", params: { type: "array" } }];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.created_at !== void 0) {
                    const _errs13 = errors;
                    if (!validate553(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate553.errors : vErrors.concat(validate553.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.completed_at !== void 0) {
                      let data7 = data.completed_at;
                      const _errs14 = errors;
                      const _errs15 = errors;
                      let valid2 = false;
                      let passing0 = null;
                      const _errs16 = errors;
                      if (!validate553(data7, { instancePath: instancePath + "/completed_at", parentData: data, parentDataProperty: "completed_at", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate553.errors : vErrors.concat(validate553.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs16 === errors;
                      if (_valid0) {
                        valid2 = true;
                        passing0 = 0;
                      }
                      const _errs17 = errors;
                      if (data7 !== null) {
                        const err0 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf/1/type", keyword: "type", params: { type: "null" } };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      var _valid0 = _errs17 === errors;
                      if (_valid0 && valid2) {
                        valid2 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid2 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid2) {
                        const err1 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 } };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                        validate90.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs15;
                        if (vErrors !== null) {
                          if (_errs15) {
                            vErrors.length = _errs15;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs14 === errors;
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
      validate90.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate90.errors = vErrors;
  return errors === 0;
}
var evaluated_validate90 = { "props": { "object": true, "id": true, "business_id": true, "status": true, "products": true, "created_at": true, "completed_at": true }, "dynamicProps": false, "dynamicItems": false };
function validate893(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate893;
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
        validate893.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.object !== void 0) {
          if (!validate90(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate893.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate893.errors = vErrors;
  return errors === 0;
}
var evaluated_validate893 = { "props": { "object": true }, "dynamicProps": false, "dynamicItems": false };
function validate873(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate873;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate543(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate873.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate873.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("order.completed" !== data0) {
            validate873.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.completed" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate893(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate893.errors : vErrors.concat(validate893.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
        }
      }
    } else {
      validate873.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate873.errors = vErrors;
  return errors === 0;
}
var evaluated_validate873 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate95;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate543(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate95.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate95.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          if ("order.created" !== data0) {
            validate95.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.created" } }];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.data !== void 0) {
            const _errs4 = errors;
            if (!validate893(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate893.errors : vErrors.concat(validate893.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
        }
      }
    } else {
      validate95.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate95.errors = vErrors;
  return errors === 0;
}
var evaluated_validate95 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };

// virtual:virtual:explain-lenient
var schema202 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.approved" }, "data": { "$ref": "#/$defs/BusinessEventData" } } };
var schema212 = { "type": "object", "required": ["object", "id", "type", "created_at", "data"], "properties": { "object": { "type": "string", "const": "event" }, "id": { "type": "string", "format": "uuid" }, "type": { "type": "string" }, "created_at": { "$ref": "#/$defs/Timestamp" }, "data": { "type": "object", "required": ["object"], "properties": { "object": { "type": "object", "properties": { "object": { "type": "string" }, "id": { "type": "string" } } } } } } };
var formats04 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var schema222 = { "type": "string", "format": "date-time", "x-error-messages": { "type": "{field} must be an RFC 3339 date-time such as 2026-11-02T09:30:00Z", "format": "{field} must be an RFC 3339 date-time such as 2026-11-02T09:30:00Z" } };
var formats25 = format_date_time;
function validate554(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate554;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!formats25.validate(data)) {
      const err0 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" }, schema: "date-time", parentSchema: schema222, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema222.type, parentSchema: schema222, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate554.errors = vErrors;
  return errors === 0;
}
var evaluated_validate554 = { "dynamicProps": false, "dynamicItems": false };
function validate544(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate544;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema212.required, parentSchema: schema212, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema212.required, parentSchema: schema212, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema212.required, parentSchema: schema212, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema212.required, parentSchema: schema212, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, schema: schema212.required, parentSchema: schema212, data };
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
        const err5 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.object.type, parentSchema: schema212.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("event" !== data0) {
        const err6 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event" }, schema: "event", parentSchema: schema212.properties.object, data: data0 };
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
        if (!formats04.test(data1)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema212.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.id.type, parentSchema: schema212.properties.id, data: data1 };
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
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.type.type, parentSchema: schema212.properties.type, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      if (!validate554(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate554.errors : vErrors.concat(validate554.errors);
        errors = vErrors.length;
      }
    }
    if (data.data !== void 0) {
      let data4 = data.data;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.object === void 0) {
          const err10 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "object" }, schema: schema212.properties.data.required, parentSchema: schema212.properties.data, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4.object !== void 0) {
          let data5 = data4.object;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.object !== void 0) {
              let data6 = data5.object;
              if (typeof data6 !== "string") {
                const err11 = { instancePath: instancePath + "/data/object/object", schemaPath: "#/properties/data/properties/object/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.data.properties.object.properties.object.type, parentSchema: schema212.properties.data.properties.object.properties.object, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.id !== void 0) {
              let data7 = data5.id;
              if (typeof data7 !== "string") {
                const err12 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.data.properties.object.properties.id.type, parentSchema: schema212.properties.data.properties.object.properties.id, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" }, schema: schema212.properties.data.properties.object.type, parentSchema: schema212.properties.data.properties.object, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, schema: schema212.properties.data.type, parentSchema: schema212.properties.data, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema212.type, parentSchema: schema212, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate544.errors = vErrors;
  return errors === 0;
}
var evaluated_validate544 = { "props": { "object": true, "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var schema232 = { "type": "object", "required": ["object"], "properties": { "object": { "$ref": "#/$defs/Business" } } };
var schema244 = { "type": "object", "required": ["object", "id", "external_id", "name", "status", "created_at", "updated_at"], "properties": { "object": { "type": "string", "const": "business" }, "id": { "type": "string", "format": "uuid" }, "external_id": { "type": ["string", "null"], "maxLength": 255 }, "name": { "type": "string" }, "status": { "type": "string", "enum": ["open", "pending", "in_review", "approved", "rejected"] }, "created_at": { "$ref": "#/$defs/Timestamp" }, "updated_at": { "$ref": "#/$defs/Timestamp" }, "addresses": { "type": "array", "items": { "$ref": "#/$defs/BusinessAddress" } }, "names": { "type": "array", "items": { "$ref": "#/$defs/BusinessName" } }, "people": { "type": "array", "items": { "$ref": "#/$defs/BusinessPerson" } }, "registrations": { "type": "array", "items": { "$ref": "#/$defs/BusinessRegistration" } }, "tin": { "oneOf": [{ "$ref": "#/$defs/BusinessTin" }, { "type": "null" }] }, "watchlist": { "oneOf": [{ "$ref": "#/$defs/BusinessWatchlist" }, { "type": "null" }] } } };
var func14 = ucs2length;
var schema254 = { "type": "object", "required": ["address_line1", "address_line2", "city", "state", "postal_code", "country", "submitted"], "properties": { "address_line1": { "type": "string" }, "address_line2": { "type": ["string", "null"] }, "city": { "type": "string" }, "state": { "type": "string" }, "postal_code": { "type": "string" }, "country": { "type": "string", "pattern": "^[A-Z]{2}$" }, "submitted": { "type": "boolean" } } };
var pattern34 = /* @__PURE__ */ new RegExp("^[A-Z]{2}$", "u");
function validate624(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate624;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.address_line1 === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "address_line1" }, schema: schema254.required, parentSchema: schema254, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.address_line2 === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "address_line2" }, schema: schema254.required, parentSchema: schema254, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.city === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "city" }, schema: schema254.required, parentSchema: schema254, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, schema: schema254.required, parentSchema: schema254, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.postal_code === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "postal_code" }, schema: schema254.required, parentSchema: schema254, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.country === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "country" }, schema: schema254.required, parentSchema: schema254, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.submitted === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "submitted" }, schema: schema254.required, parentSchema: schema254, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.address_line1 !== void 0) {
      let data0 = data.address_line1;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/address_line1", schemaPath: "#/properties/address_line1/type", keyword: "type", params: { type: "string" }, schema: schema254.properties.address_line1.type, parentSchema: schema254.properties.address_line1, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.address_line2 !== void 0) {
      let data1 = data.address_line2;
      if (typeof data1 !== "string" && data1 !== null) {
        const err8 = { instancePath: instancePath + "/address_line2", schemaPath: "#/properties/address_line2/type", keyword: "type", params: { type: schema254.properties.address_line2.type }, schema: schema254.properties.address_line2.type, parentSchema: schema254.properties.address_line2, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.city !== void 0) {
      let data2 = data.city;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" }, schema: schema254.properties.city.type, parentSchema: schema254.properties.city, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data3 = data.state;
      if (typeof data3 !== "string") {
        const err10 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, schema: schema254.properties.state.type, parentSchema: schema254.properties.state, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.postal_code !== void 0) {
      let data4 = data.postal_code;
      if (typeof data4 !== "string") {
        const err11 = { instancePath: instancePath + "/postal_code", schemaPath: "#/properties/postal_code/type", keyword: "type", params: { type: "string" }, schema: schema254.properties.postal_code.type, parentSchema: schema254.properties.postal_code, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.country !== void 0) {
      let data5 = data.country;
      if (typeof data5 === "string") {
        if (!pattern34.test(data5)) {
          const err12 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, schema: "^[A-Z]{2}$", parentSchema: schema254.properties.country, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" }, schema: schema254.properties.country.type, parentSchema: schema254.properties.country, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.submitted !== void 0) {
      let data6 = data.submitted;
      if (typeof data6 !== "boolean") {
        const err14 = { instancePath: instancePath + "/submitted", schemaPath: "#/properties/submitted/type", keyword: "type", params: { type: "boolean" }, schema: schema254.properties.submitted.type, parentSchema: schema254.properties.submitted, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema254.type, parentSchema: schema254, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate624.errors = vErrors;
  return errors === 0;
}
var evaluated_validate624 = { "props": { "address_line1": true, "address_line2": true, "city": true, "state": true, "postal_code": true, "country": true, "submitted": true }, "dynamicProps": false, "dynamicItems": false };
var schema264 = { "type": "object", "required": ["name", "type", "submitted"], "properties": { "name": { "type": "string" }, "type": { "type": "string", "enum": ["legal", "dba"] }, "submitted": { "type": "boolean" } } };
function validate644(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate644;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema264.required, parentSchema: schema264, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema264.required, parentSchema: schema264, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.submitted === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "submitted" }, schema: schema264.required, parentSchema: schema264, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, schema: schema264.properties.name.type, parentSchema: schema264.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema264.properties.type.type, parentSchema: schema264.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "legal" || data1 === "dba")) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema264.properties.type.enum }, schema: schema264.properties.type.enum, parentSchema: schema264.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.submitted !== void 0) {
      let data2 = data.submitted;
      if (typeof data2 !== "boolean") {
        const err6 = { instancePath: instancePath + "/submitted", schemaPath: "#/properties/submitted/type", keyword: "type", params: { type: "boolean" }, schema: schema264.properties.submitted.type, parentSchema: schema264.properties.submitted, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema264.type, parentSchema: schema264, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate644.errors = vErrors;
  return errors === 0;
}
var evaluated_validate644 = { "props": { "name": true, "type": true, "submitted": true }, "dynamicProps": false, "dynamicItems": false };
var schema272 = { "type": "object", "required": ["name", "titles"], "properties": { "name": { "type": "string" }, "titles": { "type": "array", "items": { "type": "string" } } } };
function validate664(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate664;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema272.required, parentSchema: schema272, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.titles === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "titles" }, schema: schema272.required, parentSchema: schema272, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, schema: schema272.properties.name.type, parentSchema: schema272.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.titles !== void 0) {
      let data1 = data.titles;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/titles/" + i0, schemaPath: "#/properties/titles/items/type", keyword: "type", params: { type: "string" }, schema: schema272.properties.titles.items.type, parentSchema: schema272.properties.titles.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/titles", schemaPath: "#/properties/titles/type", keyword: "type", params: { type: "array" }, schema: schema272.properties.titles.type, parentSchema: schema272.properties.titles, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema272.type, parentSchema: schema272, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate664.errors = vErrors;
  return errors === 0;
}
var evaluated_validate664 = { "props": { "name": true, "titles": true }, "dynamicProps": false, "dynamicItems": false };
var schema284 = { "type": "object", "required": ["state", "status", "entity_type", "registration_date"], "properties": { "state": { "type": "string" }, "status": { "type": "string", "enum": ["active", "inactive", "unknown"] }, "entity_type": { "type": "string" }, "registration_date": { "type": ["string", "null"], "format": "date" } } };
var formats64 = format_date;
function validate684(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate684;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.state === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, schema: schema284.required, parentSchema: schema284, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema284.required, parentSchema: schema284, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.entity_type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entity_type" }, schema: schema284.required, parentSchema: schema284, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.registration_date === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registration_date" }, schema: schema284.required, parentSchema: schema284, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.state !== void 0) {
      let data0 = data.state;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, schema: schema284.properties.state.type, parentSchema: schema284.properties.state, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, schema: schema284.properties.status.type, parentSchema: schema284.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === "active" || data1 === "inactive" || data1 === "unknown")) {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema284.properties.status.enum }, schema: schema284.properties.status.enum, parentSchema: schema284.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.entity_type !== void 0) {
      let data2 = data.entity_type;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/entity_type", schemaPath: "#/properties/entity_type/type", keyword: "type", params: { type: "string" }, schema: schema284.properties.entity_type.type, parentSchema: schema284.properties.entity_type, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.registration_date !== void 0) {
      let data3 = data.registration_date;
      if (typeof data3 !== "string" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/registration_date", schemaPath: "#/properties/registration_date/type", keyword: "type", params: { type: schema284.properties.registration_date.type }, schema: schema284.properties.registration_date.type, parentSchema: schema284.properties.registration_date, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (!formats64.validate(data3)) {
          const err9 = { instancePath: instancePath + "/registration_date", schemaPath: "#/properties/registration_date/format", keyword: "format", params: { format: "date" }, schema: "date", parentSchema: schema284.properties.registration_date, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema284.type, parentSchema: schema284, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate684.errors = vErrors;
  return errors === 0;
}
var evaluated_validate684 = { "props": { "state": true, "status": true, "entity_type": true, "registration_date": true }, "dynamicProps": false, "dynamicItems": false };
var schema292 = { "type": "object", "required": ["tin", "verified"], "properties": { "tin": { "type": "string", "pattern": "^\\*{5}\\d{4}$" }, "verified": { "type": "boolean" } } };
var pattern44 = /* @__PURE__ */ new RegExp("^\\*{5}\\d{4}$", "u");
function validate704(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate704;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tin === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tin" }, schema: schema292.required, parentSchema: schema292, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.verified === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verified" }, schema: schema292.required, parentSchema: schema292, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tin !== void 0) {
      let data0 = data.tin;
      if (typeof data0 === "string") {
        if (!pattern44.test(data0)) {
          const err2 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/pattern", keyword: "pattern", params: { pattern: "^\\*{5}\\d{4}$" }, schema: "^\\*{5}\\d{4}$", parentSchema: schema292.properties.tin, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/type", keyword: "type", params: { type: "string" }, schema: schema292.properties.tin.type, parentSchema: schema292.properties.tin, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.verified !== void 0) {
      let data1 = data.verified;
      if (typeof data1 !== "boolean") {
        const err4 = { instancePath: instancePath + "/verified", schemaPath: "#/properties/verified/type", keyword: "type", params: { type: "boolean" }, schema: schema292.properties.verified.type, parentSchema: schema292.properties.verified, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema292.type, parentSchema: schema292, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate704.errors = vErrors;
  return errors === 0;
}
var evaluated_validate704 = { "props": { "tin": true, "verified": true }, "dynamicProps": false, "dynamicItems": false };
var schema302 = { "type": "object", "required": ["hit_count"], "properties": { "hit_count": { "type": "integer", "minimum": 0 } } };
function validate724(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate724;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hit_count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hit_count" }, schema: schema302.required, parentSchema: schema302, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.hit_count !== void 0) {
      let data0 = data.hit_count;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/hit_count", schemaPath: "#/properties/hit_count/type", keyword: "type", params: { type: "integer" }, schema: schema302.properties.hit_count.type, parentSchema: schema302.properties.hit_count, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/hit_count", schemaPath: "#/properties/hit_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema302.properties.hit_count, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema302.type, parentSchema: schema302, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate724.errors = vErrors;
  return errors === 0;
}
var evaluated_validate724 = { "props": { "hit_count": true }, "dynamicProps": false, "dynamicItems": false };
function validate594(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate594;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema244.required, parentSchema: schema244, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema244.required, parentSchema: schema244, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.external_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "external_id" }, schema: schema244.required, parentSchema: schema244, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, schema: schema244.required, parentSchema: schema244, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema244.required, parentSchema: schema244, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema244.required, parentSchema: schema244, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, schema: schema244.required, parentSchema: schema244, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema244.properties.object.type, parentSchema: schema244.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("business" !== data0) {
        const err8 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "business" }, schema: "business", parentSchema: schema244.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!formats04.test(data1)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema244.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema244.properties.id.type, parentSchema: schema244.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.external_id !== void 0) {
      let data2 = data.external_id;
      if (typeof data2 !== "string" && data2 !== null) {
        const err11 = { instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/type", keyword: "type", params: { type: schema244.properties.external_id.type }, schema: schema244.properties.external_id.type, parentSchema: schema244.properties.external_id, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func14(data2) > 255) {
          const err12 = { instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/maxLength", keyword: "maxLength", params: { limit: 255 }, schema: 255, parentSchema: schema244.properties.external_id, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 !== "string") {
        const err13 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, schema: schema244.properties.name.type, parentSchema: schema244.properties.name, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (typeof data4 !== "string") {
        const err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, schema: schema244.properties.status.type, parentSchema: schema244.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data4 === "open" || data4 === "pending" || data4 === "in_review" || data4 === "approved" || data4 === "rejected")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema244.properties.status.enum }, schema: schema244.properties.status.enum, parentSchema: schema244.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      if (!validate554(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate554.errors : vErrors.concat(validate554.errors);
        errors = vErrors.length;
      }
    }
    if (data.updated_at !== void 0) {
      if (!validate554(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate554.errors : vErrors.concat(validate554.errors);
        errors = vErrors.length;
      }
    }
    if (data.addresses !== void 0) {
      let data7 = data.addresses;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate624(data7[i0], { instancePath: instancePath + "/addresses/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate624.errors : vErrors.concat(validate624.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/addresses", schemaPath: "#/properties/addresses/type", keyword: "type", params: { type: "array" }, schema: schema244.properties.addresses.type, parentSchema: schema244.properties.addresses, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.names !== void 0) {
      let data9 = data.names;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate644(data9[i1], { instancePath: instancePath + "/names/" + i1, parentData: data9, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate644.errors : vErrors.concat(validate644.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" }, schema: schema244.properties.names.type, parentSchema: schema244.properties.names, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.people !== void 0) {
      let data11 = data.people;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate664(data11[i2], { instancePath: instancePath + "/people/" + i2, parentData: data11, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate664.errors : vErrors.concat(validate664.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "array" }, schema: schema244.properties.people.type, parentSchema: schema244.properties.people, data: data11 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.registrations !== void 0) {
      let data13 = data.registrations;
      if (Array.isArray(data13)) {
        const len3 = data13.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate684(data13[i3], { instancePath: instancePath + "/registrations/" + i3, parentData: data13, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate684.errors : vErrors.concat(validate684.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/registrations", schemaPath: "#/properties/registrations/type", keyword: "type", params: { type: "array" }, schema: schema244.properties.registrations.type, parentSchema: schema244.properties.registrations, data: data13 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.tin !== void 0) {
      let data15 = data.tin;
      const _errs26 = errors;
      let valid9 = false;
      let passing0 = null;
      const _errs27 = errors;
      if (!validate704(data15, { instancePath: instancePath + "/tin", parentData: data, parentDataProperty: "tin", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate704.errors : vErrors.concat(validate704.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs27 === errors;
      if (_valid0) {
        valid9 = true;
        passing0 = 0;
        var props0 = {};
        props0.tin = true;
        props0.verified = true;
      }
      const _errs28 = errors;
      if (data15 !== null) {
        const err20 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema244.properties.tin.oneOf[1].type, parentSchema: schema244.properties.tin.oneOf[1], data: data15 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid0 = _errs28 === errors;
      if (_valid0 && valid9) {
        valid9 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid9 = true;
          passing0 = 1;
        }
      }
      if (!valid9) {
        const err21 = { instancePath: instancePath + "/tin", schemaPath: "#/properties/tin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema244.properties.tin.oneOf, parentSchema: schema244.properties.tin, data: data15 };
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
    }
    if (data.watchlist !== void 0) {
      let data16 = data.watchlist;
      const _errs31 = errors;
      let valid10 = false;
      let passing1 = null;
      const _errs32 = errors;
      if (!validate724(data16, { instancePath: instancePath + "/watchlist", parentData: data, parentDataProperty: "watchlist", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate724.errors : vErrors.concat(validate724.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs32 === errors;
      if (_valid1) {
        valid10 = true;
        passing1 = 0;
        var props1 = {};
        props1.hit_count = true;
      }
      const _errs33 = errors;
      if (data16 !== null) {
        const err22 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema244.properties.watchlist.oneOf[1].type, parentSchema: schema244.properties.watchlist.oneOf[1], data: data16 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid1 = _errs33 === errors;
      if (_valid1 && valid10) {
        valid10 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid10 = true;
          passing1 = 1;
        }
      }
      if (!valid10) {
        const err23 = { instancePath: instancePath + "/watchlist", schemaPath: "#/properties/watchlist/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, schema: schema244.properties.watchlist.oneOf, parentSchema: schema244.properties.watchlist, data: data16 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs31;
        if (vErrors !== null) {
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema244.type, parentSchema: schema244, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate594.errors = vErrors;
  return errors === 0;
}
var evaluated_validate594 = { "props": { "object": true, "id": true, "external_id": true, "name": true, "status": true, "created_at": true, "updated_at": true, "addresses": true, "names": true, "people": true, "registrations": true, "tin": true, "watchlist": true }, "dynamicProps": false, "dynamicItems": false };
function validate584(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate584;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema232.required, parentSchema: schema232, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.object !== void 0) {
      if (!validate594(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate594.errors : vErrors.concat(validate594.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema232.type, parentSchema: schema232, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate584.errors = vErrors;
  return errors === 0;
}
var evaluated_validate584 = { "props": { "object": true }, "dynamicProps": false, "dynamicItems": false };
function validate534(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate534;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate544(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate544.errors : vErrors.concat(validate544.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema202.required, parentSchema: schema202, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema202.properties.type.type, parentSchema: schema202.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.approved" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.approved" }, schema: "business.approved", parentSchema: schema202.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate584(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate584.errors : vErrors.concat(validate584.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema202.type, parentSchema: schema202, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate534.errors = vErrors;
  return errors === 0;
}
var evaluated_validate534 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
var schema312 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.created" }, "data": { "$ref": "#/$defs/BusinessEventData" } } };
function validate764(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate764;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate544(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate544.errors : vErrors.concat(validate544.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema312.required, parentSchema: schema312, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema312.properties.type.type, parentSchema: schema312.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.created" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.created" }, schema: "business.created", parentSchema: schema312.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate584(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate584.errors : vErrors.concat(validate584.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema312.type, parentSchema: schema312, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate764.errors = vErrors;
  return errors === 0;
}
var evaluated_validate764 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
var schema322 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.rejected" }, "data": { "$ref": "#/$defs/BusinessEventData" } } };
function validate794(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate794;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate544(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate544.errors : vErrors.concat(validate544.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema322.required, parentSchema: schema322, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema322.properties.type.type, parentSchema: schema322.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.rejected" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.rejected" }, schema: "business.rejected", parentSchema: schema322.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate584(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate584.errors : vErrors.concat(validate584.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema322.type, parentSchema: schema322, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate794.errors = vErrors;
  return errors === 0;
}
var evaluated_validate794 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
var schema332 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "business.updated" }, "data": { "$ref": "#/$defs/BusinessEventData" } } };
function validate824(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate824;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate544(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate544.errors : vErrors.concat(validate544.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema332.required, parentSchema: schema332, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema332.properties.type.type, parentSchema: schema332.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("business.updated" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business.updated" }, schema: "business.updated", parentSchema: schema332.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate584(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate584.errors : vErrors.concat(validate584.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema332.type, parentSchema: schema332, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate824.errors = vErrors;
  return errors === 0;
}
var evaluated_validate824 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
function validate854(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate854;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema212.required, parentSchema: schema212, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema212.required, parentSchema: schema212, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema212.required, parentSchema: schema212, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema212.required, parentSchema: schema212, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, schema: schema212.required, parentSchema: schema212, data };
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
        const err5 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.object.type, parentSchema: schema212.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("event" !== data0) {
        const err6 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "event" }, schema: "event", parentSchema: schema212.properties.object, data: data0 };
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
        if (!formats04.test(data1)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema212.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.id.type, parentSchema: schema212.properties.id, data: data1 };
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
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.type.type, parentSchema: schema212.properties.type, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      if (!validate554(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate554.errors : vErrors.concat(validate554.errors);
        errors = vErrors.length;
      }
    }
    if (data.data !== void 0) {
      let data4 = data.data;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.object === void 0) {
          const err10 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "object" }, schema: schema212.properties.data.required, parentSchema: schema212.properties.data, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4.object !== void 0) {
          let data5 = data4.object;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.object !== void 0) {
              let data6 = data5.object;
              if (typeof data6 !== "string") {
                const err11 = { instancePath: instancePath + "/data/object/object", schemaPath: "#/properties/data/properties/object/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.data.properties.object.properties.object.type, parentSchema: schema212.properties.data.properties.object.properties.object, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.id !== void 0) {
              let data7 = data5.id;
              if (typeof data7 !== "string") {
                const err12 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema212.properties.data.properties.object.properties.id.type, parentSchema: schema212.properties.data.properties.object.properties.id, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" }, schema: schema212.properties.data.properties.object.type, parentSchema: schema212.properties.data.properties.object, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, schema: schema212.properties.data.type, parentSchema: schema212.properties.data, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema212.type, parentSchema: schema212, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate854.errors = vErrors;
  return errors === 0;
}
var evaluated_validate854 = { "props": { "object": true, "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var schema353 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "order.completed" }, "data": { "$ref": "#/$defs/OrderEventData" } } };
var schema362 = { "type": "object", "required": ["object"], "properties": { "object": { "$ref": "#/$defs/Order" } } };
var schema373 = { "type": "object", "required": ["object", "id", "business_id", "status", "products", "created_at", "completed_at"], "properties": { "object": { "type": "string", "const": "order" }, "id": { "type": "string", "format": "uuid" }, "business_id": { "type": "string", "format": "uuid" }, "status": { "type": "string", "enum": ["created", "in_progress", "completed", "cancelled"] }, "products": { "type": "array", "minItems": 1, "items": { "type": "string", "enum": ["identity", "tin", "watchlist", "litigation", "liens"] } }, "created_at": { "$ref": "#/$defs/Timestamp" }, "completed_at": { "oneOf": [{ "$ref": "#/$defs/Timestamp" }, { "type": "null" }] } } };
function validate902(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate902;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema373.required, parentSchema: schema373, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema373.required, parentSchema: schema373, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.business_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "business_id" }, schema: schema373.required, parentSchema: schema373, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema373.required, parentSchema: schema373, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.products === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "products" }, schema: schema373.required, parentSchema: schema373, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, schema: schema373.required, parentSchema: schema373, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.completed_at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completed_at" }, schema: schema373.required, parentSchema: schema373, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.object !== void 0) {
      let data0 = data.object;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" }, schema: schema373.properties.object.type, parentSchema: schema373.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("order" !== data0) {
        const err8 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "order" }, schema: "order", parentSchema: schema373.properties.object, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!formats04.test(data1)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema373.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema373.properties.id.type, parentSchema: schema373.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.business_id !== void 0) {
      let data2 = data.business_id;
      if (typeof data2 === "string") {
        if (!formats04.test(data2)) {
          const err11 = { instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/format", keyword: "format", params: { format: "uuid" }, schema: "uuid", parentSchema: schema373.properties.business_id, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/business_id", schemaPath: "#/properties/business_id/type", keyword: "type", params: { type: "string" }, schema: schema373.properties.business_id.type, parentSchema: schema373.properties.business_id, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (typeof data3 !== "string") {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, schema: schema373.properties.status.type, parentSchema: schema373.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data3 === "created" || data3 === "in_progress" || data3 === "completed" || data3 === "cancelled")) {
        const err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema373.properties.status.enum }, schema: schema373.properties.status.enum, parentSchema: schema373.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.products !== void 0) {
      let data4 = data.products;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err15 = { instancePath: instancePath + "/products", schemaPath: "#/properties/products/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema373.properties.products, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err16 = { instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/type", keyword: "type", params: { type: "string" }, schema: schema373.properties.products.items.type, parentSchema: schema373.properties.products.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (!(data5 === "identity" || data5 === "tin" || data5 === "watchlist" || data5 === "litigation" || data5 === "liens")) {
            const err17 = { instancePath: instancePath + "/products/" + i0, schemaPath: "#/properties/products/items/enum", keyword: "enum", params: { allowedValues: schema373.properties.products.items.enum }, schema: schema373.properties.products.items.enum, parentSchema: schema373.properties.products.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/products", schemaPath: "#/properties/products/type", keyword: "type", params: { type: "array" }, schema: schema373.properties.products.type, parentSchema: schema373.properties.products, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      if (!validate554(data.created_at, { instancePath: instancePath + "/created_at", parentData: data, parentDataProperty: "created_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate554.errors : vErrors.concat(validate554.errors);
        errors = vErrors.length;
      }
    }
    if (data.completed_at !== void 0) {
      let data7 = data.completed_at;
      const _errs15 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs16 = errors;
      if (!validate554(data7, { instancePath: instancePath + "/completed_at", parentData: data, parentDataProperty: "completed_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate554.errors : vErrors.concat(validate554.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs17 = errors;
      if (data7 !== null) {
        const err19 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf/1/type", keyword: "type", params: { type: "null" }, schema: schema373.properties.completed_at.oneOf[1].type, parentSchema: schema373.properties.completed_at.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
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
        const err20 = { instancePath: instancePath + "/completed_at", schemaPath: "#/properties/completed_at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, schema: schema373.properties.completed_at.oneOf, parentSchema: schema373.properties.completed_at, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema373.type, parentSchema: schema373, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate902.errors = vErrors;
  return errors === 0;
}
var evaluated_validate902 = { "props": { "object": true, "id": true, "business_id": true, "status": true, "products": true, "created_at": true, "completed_at": true }, "dynamicProps": false, "dynamicItems": false };
function validate894(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate894;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.object === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, schema: schema362.required, parentSchema: schema362, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.object !== void 0) {
      if (!validate902(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate902.errors : vErrors.concat(validate902.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema362.type, parentSchema: schema362, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate894.errors = vErrors;
  return errors === 0;
}
var evaluated_validate894 = { "props": { "object": true }, "dynamicProps": false, "dynamicItems": false };
function validate874(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate874;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate544(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate544.errors : vErrors.concat(validate544.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema353.required, parentSchema: schema353, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema353.properties.type.type, parentSchema: schema353.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("order.completed" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.completed" }, schema: "order.completed", parentSchema: schema353.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate894(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate894.errors : vErrors.concat(validate894.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema353.type, parentSchema: schema353, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate874.errors = vErrors;
  return errors === 0;
}
var evaluated_validate874 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
var schema383 = { "type": "object", "allOf": [{ "$ref": "#/$defs/EventEnvelope" }], "required": ["type"], "properties": { "type": { "type": "string", "const": "order.created" }, "data": { "$ref": "#/$defs/OrderEventData" } } };
function validate952(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = evaluated_validate952;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate544(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate544.errors : vErrors.concat(validate544.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema383.required, parentSchema: schema383, data };
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
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema383.properties.type.type, parentSchema: schema383.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("order.created" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "order.created" }, schema: "order.created", parentSchema: schema383.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate894(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate894.errors : vErrors.concat(validate894.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema383.type, parentSchema: schema383, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate952.errors = vErrors;
  return errors === 0;
}
var evaluated_validate952 = { "props": { "type": true, "data": true, "object": true, "id": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };

// <stdin>
var validators = /* @__PURE__ */ Object.freeze({ "BusinessApprovedEvent": validate53, "BusinessCreatedEvent": validate76, "BusinessRejectedEvent": validate79, "BusinessUpdatedEvent": validate82, "DeliveryList": validate85, "EventPublication": validate99, "EventPublish": validate104, "JsonWebKeySet": validate126, "OrderCompletedEvent": validate129, "OrderCreatedEvent": validate132, "Problem": validate135, "Webhook": validate138, "WebhookCreate": validate165, "WebhookCreated": validate181, "WebhookList": validate195, "WebhookUpdate": validate197 });
var explainers = /* @__PURE__ */ Object.freeze({ "BusinessApprovedEvent": validate532, "BusinessCreatedEvent": validate762, "BusinessRejectedEvent": validate792, "BusinessUpdatedEvent": validate822, "DeliveryList": validate852, "EventPublication": validate992, "EventPublish": validate1042, "JsonWebKeySet": validate1262, "OrderCompletedEvent": validate1292, "OrderCreatedEvent": validate1322, "Problem": validate1352, "Webhook": validate1382, "WebhookCreate": validate164, "WebhookCreated": validate180, "WebhookList": validate194, "WebhookUpdate": validate196 });
var eventValidators = /* @__PURE__ */ Object.freeze({ "business.created": [validate76, validate762], "business.updated": [validate82, validate822], "business.approved": [validate53, validate532], "business.rejected": [validate79, validate792], "order.created": [validate132, validate1322], "order.completed": [validate129, validate1292] });
var lenientEventValidators = /* @__PURE__ */ Object.freeze({ "business.created": [validate763, validate764], "business.updated": [validate823, validate824], "business.approved": [validate533, validate534], "business.rejected": [validate793, validate794], "order.created": [validate95, validate952], "order.completed": [validate873, validate874] });
var operations = { "listWebhooks": { "method": "get", "path": "/v1/webhooks", "responses": { "200": { "schema": "WebhookList", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "406": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "createWebhook": { "method": "post", "path": "/v1/webhooks", "requestBody": "WebhookCreate", "responses": { "201": { "schema": "WebhookCreated", "mediaType": "application/json", "headers": ["X-Request-Id", "Location"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "406": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "409": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "413": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "415": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "422": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "getWebhook": { "method": "get", "path": "/v1/webhooks/{id}", "responses": { "200": { "schema": "Webhook", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "404": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "406": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "deleteWebhook": { "method": "delete", "path": "/v1/webhooks/{id}", "responses": { "204": { "schema": null, "mediaType": null, "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "404": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "406": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "updateWebhook": { "method": "patch", "path": "/v1/webhooks/{id}", "requestBody": "WebhookUpdate", "responses": { "200": { "schema": "Webhook", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "404": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "406": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "413": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "415": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "422": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "listWebhookDeliveries": { "method": "get", "path": "/v1/webhooks/{id}/deliveries", "responses": { "200": { "schema": "DeliveryList", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "404": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "406": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "publishEvent": { "method": "post", "path": "/v1/events", "requestBody": "EventPublish", "responses": { "202": { "schema": "EventPublication", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "400": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "401": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "WWW-Authenticate"] }, "406": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "409": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "413": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "415": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "422": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } }, "getSigningKeys": { "method": "get", "path": "/.well-known/jwks.json", "responses": { "200": { "schema": "JsonWebKeySet", "mediaType": "application/json", "headers": ["X-Request-Id"] }, "406": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] }, "429": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id", "Retry-After"] }, "503": { "schema": "Problem", "mediaType": "application/problem+json", "headers": ["X-Request-Id"] } } } };
var eventSchemas = { "business.created": "BusinessCreatedEvent", "business.updated": "BusinessUpdatedEvent", "business.approved": "BusinessApprovedEvent", "business.rejected": "BusinessRejectedEvent", "order.created": "OrderCreatedEvent", "order.completed": "OrderCompletedEvent" };
export {
  eventSchemas,
  eventValidators,
  validate532 as explainBusinessApprovedEvent,
  validate762 as explainBusinessCreatedEvent,
  validate792 as explainBusinessRejectedEvent,
  validate822 as explainBusinessUpdatedEvent,
  validate852 as explainDeliveryList,
  validate992 as explainEventPublication,
  validate1042 as explainEventPublish,
  validate1262 as explainJsonWebKeySet,
  validate534 as explainLenientBusinessApprovedEvent,
  validate764 as explainLenientBusinessCreatedEvent,
  validate794 as explainLenientBusinessRejectedEvent,
  validate824 as explainLenientBusinessUpdatedEvent,
  validate854 as explainLenientEventEnvelope,
  validate874 as explainLenientOrderCompletedEvent,
  validate952 as explainLenientOrderCreatedEvent,
  validate1292 as explainOrderCompletedEvent,
  validate1322 as explainOrderCreatedEvent,
  validate1352 as explainProblem,
  validate1382 as explainWebhook,
  validate164 as explainWebhookCreate,
  validate180 as explainWebhookCreated,
  validate194 as explainWebhookList,
  validate196 as explainWebhookUpdate,
  explainers,
  validate533 as lenientBusinessApprovedEvent,
  validate763 as lenientBusinessCreatedEvent,
  validate793 as lenientBusinessRejectedEvent,
  validate823 as lenientBusinessUpdatedEvent,
  validate853 as lenientEventEnvelope,
  lenientEventValidators,
  validate873 as lenientOrderCompletedEvent,
  validate95 as lenientOrderCreatedEvent,
  operations,
  validate53 as validateBusinessApprovedEvent,
  validate76 as validateBusinessCreatedEvent,
  validate79 as validateBusinessRejectedEvent,
  validate82 as validateBusinessUpdatedEvent,
  validate85 as validateDeliveryList,
  validate99 as validateEventPublication,
  validate104 as validateEventPublish,
  validate126 as validateJsonWebKeySet,
  validate129 as validateOrderCompletedEvent,
  validate132 as validateOrderCreatedEvent,
  validate135 as validateProblem,
  validate138 as validateWebhook,
  validate165 as validateWebhookCreate,
  validate181 as validateWebhookCreated,
  validate195 as validateWebhookList,
  validate197 as validateWebhookUpdate,
  validators
};
