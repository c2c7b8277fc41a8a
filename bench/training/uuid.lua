-- Version-4-shaped UUIDs that never repeat within a run or across runs: a random run part (from /dev/urandom), the
-- wrk thread's number and a counter.
local M = {}
local run, thread_part, count = 0, 0, 0

function M.start(thread_number)
  local f = io.open("/dev/urandom", "rb")
  local bytes = f:read(6)
  f:close()
  run = 0
  for i = 1, 6 do
    run = run * 256 + bytes:byte(i)
  end
  thread_part = thread_number or 0
end

function M.next()
  count = count + 1
  return string.format("%08x-%04x-4%03x-a%03x-%012x", math.floor(run / 65536), run % 65536,
    thread_part % 4096, math.floor(count / 2 ^ 48) % 4096, count % 2 ^ 48)
end

return M
