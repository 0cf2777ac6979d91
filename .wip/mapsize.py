import json,re,sys,collections
B64='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
D={c:i for i,c in enumerate(B64)}
def vlq(seg):
    out=[];v=0;sh=0
    for ch in seg:
        d=D[ch]; v+=(d&31)<<sh
        if d&32: sh+=5
        else:
            out.append(-(v>>1) if v&1 else v>>1); v=0; sh=0
    return out
def group(src):
    if 'node_modules' in src:
        return re.sub(r'.*node_modules/((@[^/]+/)?[^/]+).*',r'\1',src)
    p=re.sub(r'^(\.\./)+','',src); parts=p.split('/')
    return '/'.join(parts[:3])
for f in sys.argv[1:]:
    js=open(f).read().split('\n'); m=json.load(open(f+'.map'))
    sizes=collections.Counter(); src=0
    for li,line in enumerate(m['mappings'].split(';')):
        if li>=len(js): break
        text=js[li]; col=0; segs=[vlq(s) for s in line.split(',') if s]
        starts=[];c=0;s_=src
        for sg in segs:
            c+=sg[0]
            if len(sg)>1: s_+=sg[1]
            starts.append((c,s_ if len(sg)>1 else None))
        src=s_
        for i,(c0,sidx) in enumerate(starts):
            end=starts[i+1][0] if i+1<len(starts) else len(text)
            if sidx is not None: sizes[group(m['sources'][sidx])]+=end-c0
            else: sizes['(unmapped)']+=end-c0
    tot=sum(sizes.values())
    print('==',f.split('/')[-1],tot)
    for k,v in sizes.most_common(16): print(f'  {v:8d} {100*v/tot:5.1f}% {k}')
