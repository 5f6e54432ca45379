"""Richards-style OS scheduler simulation: task/packet classes and method dispatch."""

ITERATIONS = 60
IDLE_COUNT = 10000
BUFSIZE = 4
ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1

class Packet:
    def __init__(self, ident, kind):
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * BUFSIZE

class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue            # FIFO list of incoming packets
        self.waiting, self.holding = True, False
        self.link = sched.task_list   # linked list, highest priority first
        sched.task_list = self
        sched.table[ident] = self

class IdleTask(Task):
    v1 = 1                            # class-level defaults, shadowed on write
    count = IDLE_COUNT

    def run(self, packet):
        # Alternate between waking the two devices in a pseudo-random way.
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return self.sched.release(ID_DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(ID_DEVICE_B)

class WorkerTask(Task):
    dest = ID_HANDLER_A
    count = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        # Fill the packet with letters and send it to the other handler.
        self.dest = ID_HANDLER_B if self.dest == ID_HANDLER_A else ID_HANDLER_A
        packet.ident = self.dest
        packet.a1 = 0
        for i in range(BUFSIZE):
            self.count = self.count % 26 + 1
            packet.a2[i] = self.count
        return self.sched.queue_packet(packet)

class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = []
        self.devices = []

    def run(self, packet):
        if packet is not None:
            (self.work if packet.kind == KIND_WORK else self.devices).append(packet)
        if self.work:
            w = self.work[0]
            if w.a1 >= BUFSIZE:
                # Work packet fully consumed: return it to the worker.
                return self.sched.queue_packet(self.work.pop(0))
            if self.devices:
                # Send the next character to a device.
                dev = self.devices.pop(0)
                dev.a1 = w.a2[w.a1]
                w.a1 += 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()

class DeviceTask(Task):
    pending = None

    def run(self, packet):
        if packet is not None:
            self.pending = packet
            return self.sched.hold_self()
        if self.pending is None:
            return self.sched.wait()
        p, self.pending = self.pending, None
        return self.sched.queue_packet(p)

class Scheduler:
    def __init__(self):
        self.table = [None] * 6
        self.task_list = self.current = None
        self.queue_count = self.hold_count = 0

    def release(self, ident):
        t = self.table[ident]
        t.holding = False
        return t if t.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        # Deliver a packet to its destination task; the sender becomes its ident.
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        t.queue.append(packet)
        wake = len(t.queue) == 1 and t.priority > self.current.priority
        return t if wake else self.current

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.holding or (t.waiting and not t.queue):
                t = t.link
                continue
            self.current = t
            packet = None
            if t.waiting:
                packet = t.queue.pop(0)   # a waiting task receives its packet
                t.waiting = False
            t = t.run(packet)

def run_once():
    s = Scheduler()
    IdleTask(s, ID_IDLE, 0, []).waiting = False
    WorkerTask(s, ID_WORKER, 1000, [Packet(0, KIND_WORK) for _ in range(2)])
    HandlerTask(s, ID_HANDLER_A, 2000, [Packet(ID_DEVICE_A, KIND_DEVICE) for _ in range(3)])
    HandlerTask(s, ID_HANDLER_B, 3000, [Packet(ID_DEVICE_B, KIND_DEVICE) for _ in range(3)])
    DeviceTask(s, ID_DEVICE_A, 4000, [])
    DeviceTask(s, ID_DEVICE_B, 5000, [])
    s.schedule()
    return s.queue_count, s.hold_count

def main():
    runs = [run_once() for _ in range(ITERATIONS)]
    print("queue count per run:", runs[-1][0], "hold count per run:", runs[-1][1])
    print("totals:", sum(r[0] for r in runs), sum(r[1] for r in runs))

main()
