-- Exports the banks as an Anki deck (tab-separated) or the review log as JSON Lines.
drill.need(1)
local cli = require("lib.cli")
local pick = require("lib.questions")

local opts = cli.parse({ ... }, {
  { name = "anki", value = "FILE", kind = "string", help = "the questions as a tab-separated file Anki imports" },
  { name = "log", value = "FILE", kind = "string", help = "the review log as JSON Lines (drill import.lua reads it)" },
  { name = "lesson", value = "NAME", kind = "string", help = "--anki: only this lesson" },
}, {
  usage = "(--anki FILE | --log FILE) [--lesson NAME]",
  text = "--anki writes every question (with its follow-ups) as a note: a stable id (Anki's guid, so\n"
    .. "importing again updates the notes), the prompt, the model answer in its four steps, and tags\n"
    .. "drill::lesson::NAME and drill::topic::NAME. In Anki: File > Import, the file's header sets\n"
    .. "the rest. --log writes every answer of the progress store, one JSON object a line; copy it\n"
    .. "to another machine and run drill import.lua FILE there.",
})
if (opts.anki == nil) == (opts.log == nil) then cli.usage_error("give --anki FILE or --log FILE") end

local function write(path, text)
  local ok, err, code = drill.fs.write(path, text)
  if not ok then drill.exit(code or 73, "drill: " .. err) end
end

if opts.anki then
  local all = drill.bank.questions()
  if opts.lesson then
    all = pick.filter(all, { lesson = opts.lesson })
    if #all == 0 then
      cli.usage_error(("no questions in lesson '%s'\nLessons: %s"):format(opts.lesson,
        table.concat(pick.values(drill.bank.questions(), "lesson"), ", ")))
    end
  end
  -- a field of the file: HTML (the header says so), on one line, with no tab
  local function field(text)
    text = tostring(text or ""):gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"):gsub('"', "&quot;")
    return (text:gsub("\t", " "):gsub("\r?\n", "<br>"))
  end
  local function back(q)
    local a = q.answer
    if type(a) ~= "table" then return field(a) end
    local parts = {}
    for _, k in ipairs({ "summary", "intuition", "technical", "practice" }) do
      if a[k] then parts[#parts + 1] = ("<b>%s</b> %s"):format(k:sub(1, 1):upper() .. k:sub(2), field(a[k])) end
    end
    return table.concat(parts, "<br><br>")
  end
  local function tag(s) return (tostring(s or "none"):gsub("%s+", "-")) end
  local lines = { "#separator:tab", "#html:true", "#notetype:Basic", "#deck:drill", "#guid column:1",
    "#tags column:4", "#columns:id\tFront\tBack\tTags" }
  local seen, n = {}, 0
  local function add(q, parent)
    if seen[q.id] then return end
    seen[q.id] = true
    local lesson, topic = q.lesson or parent and parent.lesson, q.topic or parent and parent.topic
    lines[#lines + 1] = table.concat({ "drill:" .. q.id, field(q.prompt), back(q),
      ("drill drill::lesson::%s drill::topic::%s"):format(tag(lesson), tag(topic)) }, "\t")
    n = n + 1
    for _, f in ipairs(q.followups or {}) do
      local fq = type(f) == "table" and (drill.bank.get(f.id) or f) or drill.bank.get(f)
      if fq then add(fq, q) end
    end
  end
  for _, q in ipairs(all) do add(q) end
  write(opts.anki, table.concat(lines, "\n") .. "\n")
  drill.term.ewrite(("drill: %d notes written to %s\n"):format(n, opts.anki))
  return 0
end

local history, err = drill.store.history()
if not history then drill.exit(66, "drill: " .. tostring(err)) end
local out = {}
for _, a in ipairs(history) do
  out[#out + 1] = drill.json.encode({ question = a.question, mode = a.mode, score = a.score, pass = a.pass,
    seconds = a.seconds, at = a.at, rating = a.rating, override = a.override, scheduled = a.scheduled,
    hash = a.hash, answer = a.answer })
end
write(opts.log, #out > 0 and (table.concat(out, "\n") .. "\n") or "")
drill.term.ewrite(("drill: %d answer%s written to %s\n"):format(#out, #out == 1 and "" or "s", opts.log))
return 0
