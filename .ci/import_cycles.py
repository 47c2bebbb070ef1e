#!/usr/bin/env python3
# Prints each group of source files that import each other (strongly connected components
# over `crate::`, `super::` and child-module references), for a person looking for a loop;
# `tests/cli/layers.rs` is the same check as a test, which fails on any loop outside the
# simulator. Comments, `pub(crate)`/`pub(super)` and #[cfg(test)] modules import nothing.
# Usage: python3 .ci/import_cycles.py src
import os,re,sys
root=sys.argv[1] if len(sys.argv)>1 else 'src'
files={}
for d,_,fs in os.walk(root):
    for f in fs:
        if f.endswith('.rs'):
            p=os.path.join(d,f)
            # comments (doc links included) name modules without importing them
            files[p]=re.sub(r'//[^\n]*','',open(p).read())
def modpath(p):
    rel=os.path.relpath(p,root)[:-3].split(os.sep)
    if rel[-1] in('mod','lib','main'): rel=rel[:-1]
    return rel
bymod={tuple(modpath(p)):p for p in files}
# a module declared under #[cfg(test)] is test code, like an inline `mod tests`
for p,t in list(files.items()):
    for child in re.findall(r'#\[cfg\(test\)\]\s*(?:pub(?:\([a-z]+\))? )?mod ([a-z_0-9]+);',t):
        q=bymod.pop(tuple(modpath(p)+[child]),None)
        if q: del files[q]
def resolve(segs):
    for n in range(len(segs),0,-1):
        if tuple(segs[:n]) in bymod: return bymod[tuple(segs[:n])]
    return None
edges={p:set() for p in files}
pat=re.compile(r'\b(crate|super)((?:::[A-Za-z_][A-Za-z0-9_]*)+|::\{)')
for p,t in files.items():
    # strip test modules
    t=re.split(r'#\[cfg\(test\)\]\s*mod tests',t)[0]
    me=modpath(p)
    isdir=os.path.basename(p) in('mod.rs','lib.rs')
    for m in re.finditer(r'\b(crate|super)(?:::(?:super))*((?:::[A-Za-z_][A-Za-z0-9_]*)*)(::\{([^;]*?)\})?',t):
        whole=m.group(0)
        if not m.group(2) and not m.group(3): continue  # pub(crate), pub(super): no module named
        base=m.group(1)
        n_super=whole.count('super')
        if base=='crate':
            n_super=whole.count('super')
            start=[] 
        else:
            start=me[:len(me)-n_super]  # `super` climbs from the file's own module, mod.rs or not
        segs=start+[s for s in m.group(2).split('::') if s and s not in('super','crate')]
        targets=[]
        if m.group(4):
            for item in re.split(r',',m.group(4)):
                item=item.strip().split(' as ')[0]
                first=re.split(r'::|\{',item)[0].strip()
                if first and first!='self': targets.append(segs+[first])
                else: targets.append(segs)
        else: targets.append(segs)
        pass
        for s in targets:
            r=resolve(s)
            if r and r!=p: edges[p].add(r)
for p,t in files.items():
    t=re.split(r'#\[cfg\(test\)\]\s*mod tests',t)[0]
    me=modpath(p)
    isdir=os.path.basename(p) in('mod.rs','lib.rs')
    here=me if isdir else me
    children=re.findall(r'^\s*(?:pub(?:\([a-z]+\))? )?mod ([a-z_0-9]+);',t,re.M)
    # `providers! { folder::Struct, ... }` (src/providers/mod.rs) declares one module a line
    for block in re.findall(r'^providers! \{\n(.*?)^\}',t,re.M|re.S):
        children+=re.findall(r'^\s*([a-z_0-9]+)::',block,re.M)
    for child in children:
        for m in re.finditer(r'(?<![:\w])(?:self::)?'+child+r'((?:::[A-Za-z_][A-Za-z0-9_]*)*)',t):
            segs=here+[child]+[x for x in m.group(1).split('::') if x]
            r=resolve(segs)
            if r and r!=p: edges[p].add(r)
    # strip mod decl edges: parent->child via mod decl is not an import
# tarjan
idx={};low={};st=[];on=set();sccs=[];i=[0]
sys.setrecursionlimit(10000)
def sc(v):
    idx[v]=low[v]=i[0];i[0]+=1;st.append(v);on.add(v)
    for w in edges[v]:
        if w not in idx: sc(w);low[v]=min(low[v],low[w])
        elif w in on: low[v]=min(low[v],idx[w])
    if low[v]==idx[v]:
        c=[]
        while True:
            w=st.pop();on.discard(w);c.append(w)
            if w==v:break
        sccs.append(c)
for v in files:
    if v not in idx: sc(v)
big=[c for c in sccs if len(c)>1]
for c in big:
    print(len(c),'files in a cycle:',' '.join(sorted(x[len(root)+1:] for x in c)))
print('files',len(files),'cycles',len(big))
