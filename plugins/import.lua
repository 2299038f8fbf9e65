-- Imports a review log (JSON Lines from drill export.lua --log) into the progress store.
drill.need(1)
local cli = require("lib.cli")

local _, paths = cli.parse({ ... }, {}, {
  usage = "FILE",
  text = "Adds every answer of FILE, one JSON object a line as drill export.lua --log writes them, to\n"
    .. "the progress store, with its time, rating and override. An answer already in the store (the\n"
    .. "same question, mode and time) is not added again, so importing twice changes nothing.\n"
    .. "A line that is not a valid answer stops the import before anything is written.",
})
if #paths ~= 1 then cli.usage_error("give one file to import") end
local path = paths[1]
local text, err, code = drill.fs.read(path)
if not text then drill.exit(code or 66, "drill: " .. err) end
if not drill.store.enabled() then drill.exit(64, "drill: import.lua: there is no store to import into (--no-store)") end

local history = drill.store.history() or {}
local function key(q, mode, at) return ("%s\0%s\0%.3f"):format(q, mode or "", at) end
local have = {}
for _, a in ipairs(history) do have[key(a.question, a.mode, a.at)] = true end

-- every line read and checked first: a bad line stops the import with nothing written
local attempts, overrides = {}, {}
local n, skipped = 0, 0
for line in (text .. "\n"):gmatch("(.-)\r?\n") do
  n = n + 1
  if line:match("%S") then
    local ok, a = pcall(drill.json.decode, line)
    local function bad(why)
      drill.exit(65, ("drill: %s:%d: %s"):format(path, n, why))
    end
    if not ok then bad(tostring(a):gsub("^[^:]*:%d*:? ?", "")) end
    if type(a) ~= "table" then bad("not a JSON object") end
    if type(a.question) ~= "string" or a.question == "" then bad("no question id") end
    if type(a.score) ~= "number" or a.score < 0 or a.score > 1 then bad("score must be a number from 0 to 1") end
    if type(a.at) ~= "number" or a.at <= 0 then bad("at must be a time in seconds since 1970") end
    for _, k in ipairs({ "rating", "override" }) do
      if a[k] ~= nil and (math.type(a[k]) ~= "integer" or a[k] < 1 or a[k] > 4) then
        bad(k .. " must be 1, 2, 3 or 4")
      end
    end
    if have[key(a.question, a.mode, a.at)] then
      skipped = skipped + 1
    else
      have[key(a.question, a.mode, a.at)] = true
      attempts[#attempts + 1] = { question = a.question, mode = a.mode or "import", score = a.score,
        pass = a.pass == true, seconds = type(a.seconds) == "number" and a.seconds >= 0 and a.seconds or nil,
        at = a.at, rating = a.rating, hash = type(a.hash) == "string" and a.hash or nil,
        answer = type(a.answer) == "string" and a.answer or nil, scheduled = a.scheduled ~= false }
      overrides[#attempts] = a.override
    end
  end
end

if #attempts > 0 then
  local ok, rerr = drill.store.record(attempts)
  if not ok then drill.exit(74, "drill: " .. tostring(rerr)) end
  -- the ids of what was just written, for the overrides: the newest attempts, in order
  if next(overrides) then
    local fresh = drill.store.history(nil, nil)
    local by = {}
    for _, a in ipairs(fresh) do by[key(a.question, a.mode, a.at)] = a.id end
    for i, g in pairs(overrides) do
      local a = attempts[i]
      local id = by[key(a.question, a.mode, a.at)]
      if id then drill.store.override(id, g) end
    end
  end
end
drill.term.write(("Imported %d answer%s from %s%s.\n"):format(#attempts, #attempts == 1 and "" or "s", path,
  skipped > 0 and (" (%d already in the store)"):format(skipped) or ""))
return 0
